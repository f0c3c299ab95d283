/** Every string of the comparison, the run history and the stale marker, in Chinese and English. */
import { messages } from '../../i18n/i18n.ts';

export const C = messages({
  // ——— differences on the cards ———
  pts: { zh: ' 个百分点', en: ' pts' },
  secondsUnit: { zh: ' 秒', en: ' s' },
  minutesUnit: { zh: ' 分钟', en: ' min' },
  noUnit: { zh: '', en: '' },
  delta: (mean: string, half: string, unit: string) => ({ zh: `较方案 A ${mean}${unit} ± ${half}`, en: `${mean}${unit} ± ${half} vs A` }),
  deltaNoInterval: (mean: string, unit: string) => ({ zh: `较方案 A ${mean}${unit}（无配对区间）`, en: `${mean}${unit} vs A (no paired interval)` }),
  aSeries: (label: string) => ({ zh: `A · ${label}`, en: `A · ${label}` }),
  deltaNone: { zh: '与方案 A 的差：—', en: 'vs A: —' },

  // ——— the stale marker and the comparison's banner ———
  stale: {
    zh: '⚠ 情景已修改：以下结果对应修改前的情景，已过时。请重新运行以更新。',
    en: '⚠ The scenario has been edited: these results are for an earlier version and are out of date. Run again to update them.',
  },
  comparing: (a: string) => ({
    zh: `方案 B 对比方案 A「${a}」：每张卡片下方为 B − A 的配对差值及其 95% 区间（相同种子与重复次数，即共同随机数）。`,
    en: `B compared with A “${a}”: under each card, the paired difference B − A and its 95% interval (same seed and replications: common random numbers).`,
  }),

  // ——— the compare panel ———
  compareHeading: { zh: '方案对比（A / B）', en: 'Compare A and B' },
  pinCurrent: { zh: '将当前结果固定为方案 A', en: 'Pin these results as A' },
  pinHelp: {
    zh: '固定一次已完成的运行为方案 A；之后“运行”将用相同种子与重复次数对比当前情景（B）与 A。',
    en: 'Pin a finished run as A; Run then compares the working scenario (B) with A, with the same seed and replications.',
  },
  pinnedA: (name: string) => ({ zh: `方案 A：${name}`, en: `A: ${name}` }),
  settingsLine: (seed: number, replications: number, days: string) => ({
    zh: `种子 ${seed} · ${replications} 次重复 · ${days}`,
    en: `seed ${seed} · ${replications} replications · ${days}`,
  }),
  scenarioDays: { zh: '方案天数', en: "scenario's days" },
  days: (d: number) => ({ zh: `${d} 天`, en: `${d} days` }),
  runCompares: {
    zh: '已固定方案 A：“运行”将对比当前情景与 A（使用 A 的种子、重复次数与天数）。',
    en: "A is pinned: Run compares the working scenario with A (with A's seed, replications and days).",
  },
  unpin: { zh: '取消固定（恢复单次运行）', en: 'Unpin (back to single runs)' },
  differsHeading: (n: number) => ({ zh: `当前情景与 A 不同的字段（${n}）`, en: `Fields where the working scenario differs from A (${n})` }),
  noDifferences: { zh: '当前情景与 A 相同：差值将全部为零。', en: 'The working scenario equals A: every difference will be exactly zero.' },
  field: { zh: '字段', en: 'Field' },
  valueA: { zh: 'A 的值', en: "A's value" },
  valueB: { zh: 'B 的值', en: "B's value" },

  // ——— history ———
  historyHeading: (n: number) => ({ zh: `运行记录（${n}）`, en: `Run history (${n})` }),
  historyHelp: (cap: number) => ({ zh: `保存在本浏览器中，最多保留最近 ${cap} 次运行。`, en: `Kept in this browser: the ${cap} newest runs.` }),
  historyOff: { zh: '此浏览器不允许保存运行记录（IndexedDB 不可用）。', en: 'This browser does not allow the run history to be kept (no IndexedDB).' },
  historyEmpty: { zh: '尚无记录：每次完成的运行都会保存在这里。', en: 'No runs yet: each finished run is kept here.' },
  open: { zh: '打开', en: 'Open' },
  serviceLevel: { zh: '服务水平：', en: 'service level:' },
  pinAsA: { zh: '固定为 A', en: 'Pin as A' },
  remove: { zh: '删除', en: 'Delete' },
  clearAll: { zh: '全部清除', en: 'Clear all' },
  clearConfirm: { zh: '删除全部运行记录？', en: 'Delete the whole run history?' },
  versusA: (a: string) => ({ zh: `对比 A「${a}」`, en: `vs A “${a}”` }),
  runOf: (name: string, when: string) => ({ zh: `打开运行：${name}，${when}`, en: `Open the run of ${name}, ${when}` }),
});
