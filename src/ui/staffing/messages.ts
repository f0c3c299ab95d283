/** Strings of the staffing view (`?view=staffing`). */
import { messages } from '../../i18n/i18n.ts';

export const S = messages({
  title: { zh: '按目标排班与备用坐席测算', en: 'Staffing to target and standby sizing' },
  intro: {
    zh: '以工作情景为准：先按每半小时的 Erlang A 估算前台坐席，再用模拟逐轮修正（某半小时服务水平明显未达标或放弃率明显超标即加一席）。',
    en: 'On the working scenario: front seats per half hour from Erlang A, then corrected by simulation round by round (a seat is added where a half hour clearly misses a lane’s service-level goal or exceeds its abandonment maximum).',
  },
  replications: { zh: '重复次数', en: 'Replications' },
  days: { zh: '模拟天数', en: 'Days simulated' },
  run: { zh: '计算所需坐席', en: 'Staff to target' },
  cancel: { zh: '取消', en: 'Cancel' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  invalid: { zh: '工作情景有错误，请先在编辑器中修正。', en: 'The working scenario has errors: fix them in the editor first.' },
  round: (r: number, done: number, total: number) => ({ zh: `第 ${r} 轮模拟：${done}/${total} 次重复`, en: `Round ${r}: ${done} of ${total} replications` }),
  trying: (s: number, done: number, total: number) => ({ zh: `试 ${s} 个备用坐席：${done}/${total} 次重复`, en: `Trying ${s} standby seats: ${done} of ${total} replications` }),
  rounds: (r: number) => ({ zh: `用了 ${r} 轮模拟`, en: `${r} simulation round(s)` }),
  seatHours: (req: string, sched: string) => ({ zh: `每周坐席小时：所需 ${req}，现排 ${sched}`, en: `Seat-hours a week: required ${req}, scheduled ${sched}` }),
  barsTitle: { zh: '每半小时前台坐席：所需（柱）与现排（折线）', en: 'Front seats per half hour: required (bars) against scheduled (line)' },
  result: { zh: '推荐排班的模拟结果', en: 'The recommended plan, simulated' },
  lane: { zh: '通道', en: 'Lane' },
  serviceLevel: { zh: '服务水平', en: 'Service level' },
  abandon: { zh: '放弃率', en: 'Abandonment' },
  meets: { zh: '✓ 达标', en: '✓ meets goals' },
  misses: { zh: '✗ 未达标', en: '✗ misses' },
  apply: { zh: '应用到情景', en: 'Apply to the scenario' },
  applied: { zh: '已写入工作情景（可撤销）', en: 'Written into the working scenario (undoable)' },
  undo: { zh: '撤销', en: 'Undo' },
  sizingTitle: { zh: '备用坐席测算', en: 'Standby sizing' },
  sizingOff: { zh: '情景没有突发事件或备用坐席，无需测算。', en: 'The scenario has no surge or no standby seats: nothing to size.' },
  share: { zh: '事件期间达标小时占比', en: 'Share of incident hours at goal' },
  maxSeats: { zh: '最多备用坐席', en: 'Most standby seats' },
  size: { zh: '测算备用坐席', en: 'Size the standby seats' },
  curveTitle: { zh: '事件期间达标小时占比与备用坐席数（95% 区间）', en: 'Share of incident hours at goal against standby seats tried (95% intervals)' },
  answer: (seats: number, share: string) => ({ zh: `至少需要 ${seats} 个备用坐席（达标小时占比 ${share}）`, en: `At least ${seats} standby seats (${share} of incident hours at goal)` }),
  noAnswer: (max: number) => ({ zh: `${max} 个备用坐席也不够`, en: `Even ${max} standby seats are not enough` }),
  failed: { zh: '运行失败：', en: 'The run failed: ' },
});

export const laneName = (id: string, lang: 'zh' | 'en'): string =>
  id === 'emergency' ? (lang === 'zh' ? '紧急求助通道' : 'Emergency lane') : id === 'general' ? (lang === 'zh' ? '普通咨询通道' : 'General lane') : id;
