/** Strings of the calibration view (`?view=calibration`), in the centre's terms (docs/domain.md). */
import { messages, type Bilingual } from '../../i18n/i18n.ts';
import { CALIBRATION_VIEW } from './view-name.ts';
import { formatNumber } from '../../charts/format.ts';
import type { CallLogColumn } from '../../calibration/call-log.ts';

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
/** A count with thousands separators (the same in both languages, as the dashboard writes them). */
const n = (count: number) => formatNumber(count);

export const C = messages({
  view: CALIBRATION_VIEW.name,
  title: { zh: '从话务记录校准情景', en: 'Calibrate a scenario from a call log' },
  intro: {
    zh: '导入呼叫中心导出的话务记录（CSV，每次呼叫一行），对应各列，拟合话务量、每周逐小时分布、来电构成、通话与话后处理时长、放弃前可容忍等待时长、重拨、自助服务、转接和工单比例，得到可运行的情景，再用模拟与记录逐时段对比。',
    en: 'Import a call log exported by the call centre (CSV, one row per attempt), map its columns, and fit the volume, the hour-of-week profile, the call-type mix, talk and after-call times, patience, redials, self-service, transfer and work-order shares into a scenario you can run; then set the simulation against the log, hour by hour.',
  },
  privacy: {
    zh: '话务记录不会离开本浏览器：文件在本页的后台线程中读取和拟合，不上传到任何地方。主叫号码在拟合前用本次导入随机生成的盐值做哈希。',
    en: 'The log never leaves this browser: it is read and fitted in a worker of this page and uploaded nowhere. Caller ids are hashed with a salt drawn for this import before anything is fitted.',
  },
  chooseFile: { zh: '选择 CSV 文件…', en: 'Choose a CSV file…' },
  dropHere: { zh: '或把 CSV 文件拖放到这里', en: 'or drop a CSV file here' },
  sizeCap: (mb: number) => ({ zh: `最大 ${mb} MB（四周的 12308 话务记录约 5 MB）。`, en: `At most ${mb} MB (four weeks of 12308's calls are about 5 MB).` }),
  example: {
    zh: '示例：npm run sim -- scenarios/baseline.json --days 7 --call-log log.csv 写出模拟器自己的话务记录。',
    en: 'Example: npm run sim -- scenarios/baseline.json --days 7 --call-log log.csv writes the simulator\'s own call log.',
  },
  fileInfo: (name: string, kb: number) => ({ zh: `文件「${name}」，${kb.toLocaleString('zh-CN')} KB`, en: `File “${name}”, ${kb.toLocaleString('en-GB')} kB` }),
  tooLarge: (name: string, mb: number) => ({ zh: `未读取「${name}」：文件超过 ${mb} MB 上限。`, en: `“${name}” was not read: it is larger than the ${mb} MB limit.` }),
  empty: (name: string) => ({ zh: `「${name}」是空文件：没有表头，也没有数据行。`, en: `“${name}” is empty: no header and no rows.` }),
  notCsv: (name: string) => ({
    zh: `「${name}」看起来不是 CSV 文本：第一行应是以逗号分隔的列名（如 call_id,arrival_time,call_type,outcome…）。电子表格请先另存为 CSV。`,
    en: `“${name}” does not look like CSV text: its first line should be column names separated by commas (such as call_id,arrival_time,call_type,outcome…). Save a spreadsheet as CSV first.`,
  }),
  unreadable: (name: string) => ({ zh: `无法读取「${name}」。`, en: `“${name}” could not be read.` }),
  keptFile: { zh: '之前的文件和列对应保持不变。', en: 'The previous file and column map are unchanged.' },
  previewTitle: { zh: '表头与前几行', en: 'Header and first rows' },
  mapTitle: { zh: '列对应', en: 'Column map' },
  mapHelp: {
    zh: '为每个所需列选择文件中的对应列；名称相符的已预先选好。带 * 的列必须有。',
    en: 'Pick the file\'s column for each column the fit reads; those whose names match are chosen already. Columns marked * are required.',
  },
  notInFile: { zh: '（文件中没有）', en: '(not in the file)' },
  required: { zh: '必需', en: 'required' },
  requiredMissing: (col: string) => ({ zh: `${col}：必需列，请选择文件中的对应列。`, en: `${col}: required; pick the file's column for it.` }),
  duplicate: (col: string, other: string) => ({ zh: `${col}：与 ${other} 选了同一列。`, en: `${col}: the same file column as ${other}.` }),
  saveMap: { zh: '保存列对应（JSON）', en: 'Save column map (JSON)' },
  loadMap: { zh: '载入列对应…', en: 'Load column map…' },
  mapLoaded: (name: string) => ({ zh: `已载入列对应「${name}」。`, en: `Loaded the column map “${name}”.` }),
  mapUnknown: (names: string) => ({ zh: `列对应中这些列不在本文件中，已忽略：${names}`, en: `These columns of the map are not in this file and were left out: ${names}` }),
  mapRefused: (name: string) => ({ zh: `未载入「${name}」：它不是有效的列对应（应为 {"arrival_time": "文件中的列名", …}）。当前列对应未改变。`, en: `“${name}” was not loaded: it is not a column map ({"arrival_time": "the file's header", …}). The current map is unchanged.` }),
  baseLabel: { zh: '未由记录决定的部分取自', en: 'What the log does not determine comes from' },
  baseHelp: { zh: '坐席与排班、备用坐席、中继线、通道目标、后台和使领馆来自此情景。', en: 'Seats and shifts, standby, trunk lines, lane targets, the back office and missions come from this scenario.' },
  baseWorking: { zh: '规划页的当前情景', en: 'the planner\'s working scenario' },
  baseWorkingInvalid: { zh: '规划页的当前情景（有错误，不可用）', en: 'the planner\'s working scenario (has errors, cannot be used)' },
  fit: { zh: '拟合', en: 'Fit' },
  fitting: { zh: '正在后台线程中读取并拟合…', en: 'Reading and fitting in a worker…' },
  elapsed: (s: string) => ({ zh: `已用 ${s} 秒`, en: `${s} s so far` }),
  cancel: { zh: '取消', en: 'Cancel' },
  fitCancelled: { zh: '拟合已取消。', en: 'Fit cancelled.' },
  fitDone: (s: string, good: number, total: number) => ({ zh: `拟合完成，用时 ${s} 秒：${n(total)} 行中 ${n(good)} 行可用。`, en: `Fitted in ${s} s from ${n(good)} good rows of ${n(total)}.` }),
  fitRefused: { zh: '未能拟合：', en: 'No fit: ' },
  refusedTooFew: (good: number, total: number, min: number) => ({
    zh: `${total} 行中只有 ${good} 行可用，至少需要 ${min} 行。请检查下列问题行和列对应。`,
    en: `only ${good} good ${plural(good, 'row', 'rows')} of ${total}; a fit needs at least ${min}. See the rows with problems below, and the column map.`,
  }),
  refusedColumns: { zh: '文件中缺少必需的列（见列对应）。', en: 'a required column is not in the file (see the column map).' },
  refusedNoAnswered: { zh: '可用行中没有已接听的呼叫，无法拟合通话时长。', en: 'no answered call among the good rows: talk times cannot be fitted.' },
  fitError: { zh: '拟合因错误而中止（文件过大超出浏览器内存，或程序缺陷）。可再试一次；文件和列对应都保留着。', en: 'the fit stopped with an error (a file too large for the browser\'s memory, or a bug). Try again; the file and the column map are kept.' },
  refusedScenario: { zh: '拟合出的情景未通过情景校验（见下）。', en: 'the fitted scenario does not pass the scenario checks (below).' },
  detail: { zh: '详情', en: 'Detail' },
  // Rows
  rowsTitle: { zh: '数据行', en: 'Rows' },
  rowsSummary: (total: number, good: number, bad: number) => ({ zh: `共 ${n(total)} 行：可用 ${n(good)} 行，有问题 ${n(bad)} 行（未使用）。`, en: `${n(total)} rows: ${n(good)} good, ${n(bad)} with problems (not used).` }),
  issuesShown: (shown: number, count: number) => ({ zh: `问题共 ${n(count)} 处，列出前 ${shown} 处。`, en: `${n(count)} ${plural(count, 'problem', 'problems')} in all; the first ${shown} listed.` }),
  row: { zh: '行', en: 'Row' },
  column: { zh: '列', en: 'Column' },
  value: { zh: '值', en: 'Value' },
  reason: { zh: '原因', en: 'Reason' },
  // Volume
  volumeTitle: { zh: '话务量', en: 'Volume' },
  firstCalls: { zh: '首次来电', en: 'First calls' },
  attempts: { zh: '呼叫（含重拨）', en: 'Attempts (with redials)' },
  perHour: { zh: '每小时首次来电', en: 'First calls an hour' },
  perDay: { zh: '每天首次来电', en: 'First calls a day' },
  dailyCv: { zh: '日间波动（日乘数变异系数）', en: 'Day-to-day spread (CV of the daily multiplier)' },
  dispersion: { zh: '离散指数（泊松为 1）', en: 'Dispersion index (1 for Poisson)' },
  busyShare: { zh: '忙音比例', en: 'Busy-signal share' },
  period: { zh: '记录时段（北京时间）', en: 'Period (Beijing time)' },
  notDetermined: { zh: '无法确定（不足两周）', en: 'not determined (under two weeks)' },
  daysChart: { zh: '每天首次来电：记录与拟合的期望', en: 'First calls a day: the log against the fitted expectation' },
  day: { zh: '日期', en: 'Day' },
  calls: { zh: '来电', en: 'calls' },
  observedCalls: { zh: '记录', en: 'log' },
  expectedCalls: { zh: '拟合期望', en: 'fitted expectation' },
  profileChart: { zh: '每周逐小时来电率（北京时间，周一 0 时起）', en: 'Hour-of-week arrival rate (Beijing time, from Monday 00:00)' },
  callsPerHourAxis: { zh: '每小时首次来电', en: 'first calls an hour' },
  hourOfWeek: { zh: '星期', en: 'day of the week' },
  weekdays: { zh: '周一,周二,周三,周四,周五,周六,周日', en: 'Mon,Tue,Wed,Thu,Fri,Sat,Sun' },
  rate: { zh: '来电率', en: 'rate' },
  // Mix
  mixTitle: { zh: '来电构成与各类比例', en: 'Call-type mix and shares' },
  callType: { zh: '来电类型', en: 'Call type' },
  lane: { zh: '通道', en: 'Lane' },
  share: { zh: '占首次来电', en: 'Share of first calls' },
  answered: { zh: '接听', en: 'Answered' },
  abandoned: { zh: '放弃', en: 'Hung up' },
  selfService: { zh: '自助服务比例', en: 'Self-service share' },
  transfer: { zh: '在线转接比例', en: 'Live-transfer share' },
  workOrder: { zh: '电子工单比例', en: 'Work-order share' },
  // Durations
  durationsTitle: { zh: '各类来电的时长分布（按 AIC 选择）', en: 'Durations per call type (chosen by AIC)' },
  talk: { zh: '通话时长', en: 'Talk time' },
  afterCall: { zh: '话后处理时长', en: 'After-call work' },
  patience: { zh: '放弃前可容忍等待时长', en: 'Patience' },
  family: { zh: '分布', en: 'Distribution' },
  families: { zh: '指数,对数正态,伽马', en: 'exponential,lognormal,gamma' },
  mean: { zh: '均值', en: 'Mean' },
  meanOf: (s: string) => ({ zh: `均值 ${s} 秒`, en: `mean ${s} s` }),
  cv: { zh: '变异系数', en: 'CV' },
  logLik: { zh: '对数似然', en: 'Log-likelihood' },
  aic: { zh: 'AIC', en: 'AIC' },
  deltaAic: { zh: 'ΔAIC', en: 'ΔAIC' },
  chosen: { zh: '（选用）', en: '(chosen)' },
  ks: (d: string, n: number) => ({ zh: `${n} 个值，KS 距离 ${d}`, en: `${n} values, Kolmogorov–Smirnov distance ${d}` }),
  qqTitle: (what: string) => ({ zh: `${what}：Q-Q 图`, en: `${what}: Q-Q plot` }),
  qqX: { zh: '拟合分布的分位数（秒）', en: 'fitted quantile (s)' },
  qqY: { zh: '记录的分位数（秒）', en: 'observed quantile (s)' },
  qqPoints: { zh: '分位数（2%–98%）', en: 'quantiles (2%–98%)' },
  qqLine: { zh: '完全吻合', en: 'perfect fit' },
  tooFewValues: { zh: '记录中值太少，沿用基础情景的分布。', en: 'Too few values in the log: the base scenario\'s distribution is kept.' },
  noAfterCall: { zh: '记录中没有话后处理。', en: 'No after-call work in the log.' },
  kmTitle: (what: string) => ({ zh: `${what}：Kaplan–Meier 与拟合分布`, en: `${what}: Kaplan–Meier against the fit` }),
  kmX: { zh: '等待（秒）', en: 'wait (s)' },
  kmY: { zh: '仍在等待的比例', en: 'share still willing to wait' },
  kmCurve: { zh: 'Kaplan–Meier（考虑删失）', en: 'Kaplan–Meier (with censoring)' },
  kmFitted: (family: string) => ({ zh: `拟合：${family}`, en: `fitted: ${family}` }),
  censoring: (events: number, censored: number) => ({
    zh: `${events} 次放弃（看到耐心），${censored} 次接听前的等待（删失：只知道耐心更长，占 ${Math.round((100 * censored) / Math.max(1, events + censored))}%）。`,
    en: `${events} hang-ups (patience seen), ${censored} waits ended by an answer (censored: patience only known to be longer; ${Math.round((100 * censored) / Math.max(1, events + censored))}%).`,
  }),
  kmMedian: (s: string) => ({ zh: `Kaplan–Meier 中位数 ${s} 秒`, en: `Kaplan–Meier median ${s} s` }),
  tooFewHangUps: { zh: '放弃太少，沿用基础情景的耐心分布。', en: 'Too few hang-ups: the base scenario\'s patience is kept.' },
  // Redials
  redialTitle: { zh: '重拨', en: 'Redials' },
  afterBusy: { zh: '忙音后重拨概率', en: 'Redial probability after a busy signal' },
  afterAbandon: { zh: '放弃后重拨概率', en: 'Redial probability after hanging up' },
  redialDelay: { zh: '重拨间隔', en: 'Redial delay' },
  maxAttempts: { zh: '同一来电者最多呼叫次数', en: 'Most attempts by one caller' },
  redialCount: (r: number, e: number) => ({ zh: `${e} 次中 ${r} 次`, en: `${r} of ${e}` }),
  noCallers: { zh: '记录中没有来电者列，无法识别重拨。', en: 'The log has no caller column: redials cannot be found.' },
  notesTitle: { zh: '说明（未由记录决定的部分）', en: 'Notes (what the log did not determine)' },
  // Scenario
  scenarioTitle: { zh: '拟合出的情景', en: 'The fitted scenario' },
  useScenario: { zh: '设为规划页的当前情景', en: 'Use as the planner\'s working scenario' },
  exportScenario: { zh: '导出情景 JSON', en: 'Export scenario JSON' },
  adopted: { zh: '已设为规划页的当前情景。在规划页可按“撤销”恢复之前的情景。', en: 'It is now the planner\'s working scenario. Undo on the planner brings back the previous one.' },
  openPlanner: { zh: '打开规划页', en: 'Open the planner' },
  // Report
  reportTitle: { zh: '校准报告：模拟与记录逐时段对比', en: 'Calibration report: simulated against the log, hour by hour' },
  reportHelp: {
    zh: '用拟合出的情景运行若干次独立重复（公共随机数种子），模拟写出自己的话务记录，与导入的记录按同一方法统计：按北京时间的到达小时，呼叫量、服务水平、放弃率和平均等待，附 95% 置信区间。',
    en: 'Runs the fitted scenario for a few independent replications; each writes its own call log, summed by the same code as the imported one: by the hour of arrival, Beijing time, attempts, service level, abandonment and mean wait, with 95% intervals.',
  },
  replications: { zh: '重复次数', en: 'Replications' },
  seed: { zh: '随机数种子', en: 'Seed' },
  replicationsInvalid: { zh: '重复次数须为 2 到 20 的整数。', en: 'Replications must be a whole number from 2 to 20.' },
  seedInvalid: { zh: '种子须为 0 到 4294967295 的整数。', en: 'The seed must be a whole number from 0 to 4294967295.' },
  runReport: { zh: '运行报告', en: 'Run the report' },
  reportRunning: (done: number, n: number) => ({ zh: `已完成 ${done} / ${n} 次重复…`, en: `${done} of ${n} replications done…` }),
  reportCancelled: { zh: '报告已取消。', en: 'Report cancelled.' },
  reportDone: (n: number, s: string) => ({ zh: `报告完成：${n} 次重复，用时 ${s} 秒。`, en: `Report done: ${n} replications in ${s} s.` }),
  reportFailed: (m: string) => ({ zh: `报告运行失败：${m}`, en: `The report failed: ${m}` }),
  print: { zh: '打印报告', en: 'Print report' },
  printedFrom: (name: string) => ({ zh: `情景：${name}`, en: `Scenario: ${name}` }),
  runFacts: (seed: number, n: number, days: string) => ({ zh: `种子 ${seed}，${n} 次重复，记录 ${days} 天`, en: `seed ${seed}, ${n} replications, ${days} days of log` }),
  hour: { zh: '小时（北京时间）', en: 'Hour (Beijing)' },
  wholeDay: { zh: '全天', en: 'Whole day' },
  observed: { zh: '记录', en: 'Log' },
  simulated: { zh: '模拟（均值 ± 95% 置信半宽）', en: 'Simulated (mean ± 95% CI)' },
  simulatedMean: { zh: '模拟均值', en: 'simulated mean' },
  band: { zh: '模拟均值的 95% 置信区间', en: '95% confidence interval of the mean' },
  predictionBand: { zh: '单次模拟的 95% 预测区间', en: '95% prediction interval of one run' },
  markHelp: {
    zh: '✓：记录值落在单次模拟时段的 95% 预测区间内（均值 ± 半宽 × √(重复次数 + 1)）；✗：落在区间外。记录只是一个时段，有其自身的随机波动，所以与单次模拟的范围比较，而不是与均值的置信区间比较。',
    en: '✓: the log lies inside the 95% prediction interval of one simulated period (mean ± half-width × √(replications + 1)); ✗: outside. The log is one period with its own noise, so it is judged against the range of one run, not against the confidence interval of the mean.',
  },
  observedDots: { zh: '记录', en: 'log' },
  within: (w: number, of: number) => ({ zh: `${of} 个小时中有 ${w} 个的记录值落在预测区间内`, en: `the log inside the prediction interval in ${w} of ${of} hours` }),
  inside: { zh: '在预测区间内', en: 'inside the prediction interval' },
  outside: { zh: '在预测区间外', en: 'outside the prediction interval' },
  attemptsPerDay: { zh: '每天呼叫量', en: 'Attempts a day' },
  serviceLevel: { zh: '服务水平', en: 'Service level' },
  abandonRate: { zh: '放弃率', en: 'Abandonment' },
  meanWait: { zh: '平均等待（已接听，秒）', en: 'Mean wait of the answered (s)' },
  hourAxis: { zh: '到达小时', en: 'hour of arrival' },
});

/** What each call-log column holds, for the map's labels. */
export const COLUMN_LABELS: Readonly<Record<CallLogColumn, Bilingual>> = {
  call_id: { zh: '呼叫编号', en: 'call id' },
  caller_hash: { zh: '来电者（号码或其哈希）', en: 'caller (number or its hash)' },
  arrival_time: { zh: '来电时间（北京时间）', en: 'arrival time (Beijing)' },
  call_type: { zh: '来电类型 / 语音导航分支', en: 'call type / IVR branch' },
  ivr_path: { zh: '自动语音路径', en: 'IVR path' },
  lane: { zh: '通道（队列）', en: 'lane (queue)' },
  queue_entry_time: { zh: '进入排队时间', en: 'queue entry time' },
  answer_time: { zh: '接听时间', en: 'answer time' },
  hangup_time: { zh: '放弃（挂断）时间', en: 'hang-up time' },
  talk_seconds: { zh: '通话秒数', en: 'talk seconds' },
  after_call_seconds: { zh: '话后处理秒数', en: 'after-call seconds' },
  outcome: { zh: '结果（忙音/自助/接听/放弃）', en: 'outcome (busy, self-served, answered, abandoned)' },
  transferred: { zh: '在线转接（1/0）', en: 'transferred (1/0)' },
  work_order: { zh: '电子工单（1/0）', en: 'work order (1/0)' },
  redial_of: { zh: '重拨自哪次呼叫', en: 'redial of (call id)' },
};

/** The library's row problems in Chinese (English as the library says them otherwise). */
export function rowIssueText(message: string, lang: 'zh' | 'en'): string {
  if (lang === 'en') return message;
  const fields = /^missing: the row has (\d+) field\(s\), the header (\d+)$/.exec(message);
  if (fields) return `缺少字段：此行有 ${fields[1]} 个字段，表头有 ${fields[2]} 个`;
  const repeated = /^seen before, in row (\d+)$/.exec(message);
  if (repeated) return `与第 ${repeated[1]} 行的呼叫编号重复`;
  const table: [RegExp, string][] = [
    [/^missing: expected a time/, '缺失：应为时间 YYYY-MM-DD HH:MM:SS（北京时间）'],
    [/^expected a time YYYY/, '应为时间 YYYY-MM-DD HH:MM:SS（北京时间）'],
    [/^missing: expected seconds/, '缺失：应为 ≥ 0 的秒数'],
    [/^expected seconds/, '应为 ≥ 0 的秒数'],
    [/^expected 1 or 0/, '应为 1 或 0（或 true/false、yes/no，空为 0）'],
    [/^expected one of busy/, '应为 busy、self-served、answered 或 abandoned 之一'],
    [/^missing: expected the call type/, '缺失：应为来电类型'],
    [/^expected a time at or after the arrival/, '应不早于来电时间'],
    [/^expected a time at or after the queue entry/, '应不早于进入排队时间（等待为负）'],
  ];
  return table.find(([re]) => re.test(message))?.[1] ?? message;
}

const WHAT_ZH: Readonly<Record<string, string>> = { 'talk time': '通话时长', 'after-call work': '话后处理时长', patience: '放弃前可容忍等待时长' };

/**
 * The library's notes on the fitted scenario (to-scenario.ts) in Chinese; a note this table
 * does not know stays in English (and is marked so by `noteIsTranslated`).
 */
const NOTES_ZH: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^the log is shorter than a week: /, () => '记录不足一周：使用每天相同的逐小时分布'],
  [/^the base scenario's surges are dropped/, () => '基础情景中的话务激增已去掉：记录中的分布就是该时段的实际情况'],
  [/^call type "(.+)" is written as the identifier (.+)$/, (m) => `来电类型「${m[1]}」写作标识符 ${m[2]}`],
  [/^call type (.+): not in the base scenario; /, (m) => `来电类型 ${m[1]}：基础情景中没有；其名称即标识符，工单不转往使领馆`],
  [/^lane (.+): not in the base scenario; /, (m) => `通道 ${m[1]}：基础情景中没有；已加在优先级最后，目标 20 秒`],
  [/^call type (.+): (talk time|after-call work|patience) kept from the base scenario/, (m) => `来电类型 ${m[1]}：记录中的值太少，${WHAT_ZH[m[2]!]}沿用基础情景`],
  [/^call type (.+): transfers and work orders need a back office/, (m) => `来电类型 ${m[1]}：在线转接和电子工单需要后台，基础情景没有后台，已略去`],
  [/^the base scenario has no IVR: /, () => '基础情景没有自动语音：已加入 15 秒菜单和 90 秒自助服务（记录中没有这些时长）'],
  [/^redial after a (busy signal|hang-up): only (\d+) such attempts/, (m) => `${m[1] === 'busy signal' ? '忙音' : '放弃'}后重拨：记录中只有 ${m[2]} 次这样的呼叫，概率沿用基础情景`],
  [/^redial: the longest chain in the log has (\d+) attempts, a lower bound; maxAttempts (\d+) kept/, (m) => `重拨：记录中最长的一串呼叫有 ${m[1]} 次，只是下限；最多呼叫次数沿用基础情景的 ${m[2]}`],
  [/^redial: (\d+) of (\d+) repeated hang-ups waited as long as the first: a redial (keeps|draws afresh)/, (m) => `重拨：${m[2]} 次重复放弃中有 ${m[1]} 次等待与第一次相同：重拨时${m[3] === 'keeps' ? '保留' : '重新抽取'}来电者的耐心`],
  [/^only (\d+) redial\(s\) in the log \(fewer than (\d+)\): /, (m) => `记录中只有 ${m[1]} 次重拨（少于 ${m[2]} 次）：重拨参数沿用基础情景`],
  [/^the log has no caller column: /, () => '记录中没有来电者列：重拨参数沿用基础情景'],
  [/^not in the log, kept from the base: /, () => '记录中没有、沿用基础情景的：坐席与排班、备用坐席、中继线、通道目标、自动语音时长、后台、使领馆、通知'],
  [/^day-to-day spread \(daily multiplier CV ([\d.]+)\) is in the fit report only/, (m) => `日间波动（日乘数变异系数 ${m[1]}）只在拟合报告中：此版本的情景没有这一字段`],
  [/^redial\.(\w+) "(\w+)" is in the fit report only/, (m) => `重拨 ${m[1]} = "${m[2]}" 只在拟合报告中：此版本的情景没有这一字段`],
];

/** A note in `lang`: `{text, translated}` (false: the English as the library wrote it). */
export function noteText(note: string, lang: 'zh' | 'en'): { text: string; translated: boolean } {
  if (lang === 'en') return { text: note, translated: true };
  for (const [re, zh] of NOTES_ZH) {
    const m = re.exec(note);
    if (m) return { text: zh(m), translated: true };
  }
  return { text: note, translated: false };
}
