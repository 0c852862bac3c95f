/**
 * Sections more than one document prints the same way — the plan, the client's service
 * manual and the site all show the same channels, levels, times, complaint steps and
 * maintenance tasks — so each is written once, here, from the bid's typed content.
 */
import { describeHours } from '../../model/compliance-words.ts';
import { CHANNEL_KIND_LABELS, FREQUENCY_LABELS } from '../../model/labels.ts';
import type { CommitmentNode } from '../../model/model.ts';
import type { MaintenanceSchedule } from '../../schema/maintenance.ts';
import { weekSetOf } from '../../time/week.ts';
import { capitalise, durationRun, nameOf, pick, say } from '../words.ts';
import type { DocumentWriter } from '../writer.ts';
import type { BuildContext } from './context.ts';
import { responseMatrix } from './response-matrix.ts';

/** The commitments that hold at the project's site: those with no zone, or with its zone. */
export function atProject(cx: BuildContext): CommitmentNode[] {
  const zone = cx.bid.entry.data.project.zone;
  return cx.bid.commitments.filter((c) => !zone || !c.when.zone || c.when.zone.has(zone));
}

export const roleOf = (cx: BuildContext, id: string) => nameOf(cx.names, 'role', id, cx.locale);

/**
 * Every way to reach us, with its number and when somebody answers. A 暗标 volume gives
 * only the kind of each channel and its hours: a channel's own name ("安平县服务站电话", a
 * WeChat account) and its number identify the bidder.
 */
export function channelsTable(cx: BuildContext, w: DocumentWriter): void {
  const { locale } = cx;
  w.table(
    [4, 3, 5],
    [pick(locale, { zh: ['渠道', '号码', '服务时间'], en: ['Channel', 'Number', 'Hours'] })],
    cx.organisation.channels.map((c) => [
      cx.anonymous ? CHANNEL_KIND_LABELS[c.kind][locale] : say(c.name, locale),
      cx.anonymous ? '—' : c.value,
      describeHours(weekSetOf(c.hours), locale),
    ]),
  );
}

/** The organisation's severity levels, most urgent first, with what each means. */
export function severitiesTable(cx: BuildContext, w: DocumentWriter): void {
  const { locale } = cx;
  w.table(
    [2, 7],
    [pick(locale, { zh: ['等级', '定义'], en: ['Level', 'Definition'] })],
    [...cx.organisation.severities].sort((a, b) => a.rank - b.rank).map((s) => [say(s.name, locale), say(s.description, locale)]),
  );
}

/** The response matrix of the given commitments (default: all of the bid's), with or without the area column. */
export function matrixTable(cx: BuildContext, w: DocumentWriter, commitments?: readonly CommitmentNode[], zones = true): void {
  const matrix = responseMatrix(cx, commitments, zones);
  w.table(matrix.widths, matrix.header, matrix.rows, pick(cx.locale, { zh: '服务响应时间表', en: 'Response times' }));
}

/** The complaint steps with who does each and by when, and the time to close. */
export function complaintSteps(cx: BuildContext, w: DocumentWriter): void {
  const { locale } = cx;
  const complaints = cx.bid.complaints?.data;
  if (!complaints) return;
  w.table(
    [1, 3, 7, 2],
    [pick(locale, { zh: ['步骤', '负责岗位', '工作内容', '时限'], en: ['Step', 'By', 'What is done', 'Within'] })],
    complaints.steps.map((s, i) => [String(i + 1), roleOf(cx, s.by), say(s.text, locale), [durationRun(s.within, locale)]]),
  );
  w.paragraph(...(locale === 'zh' ? ['每件投诉自受理起', durationRun(complaints.closeWithin, locale), '内办结并答复投诉人。'] : ['Every complaint is closed and answered within ', durationRun(complaints.closeWithin, locale), ' of being received.']));
}

/** The frequency of a maintenance task, as its level says. */
function frequencyOf(s: MaintenanceSchedule, levelId: string, locale: BuildContext['locale']): string {
  const level = s.levels.find((l) => l.id === levelId);
  return level ? capitalise(FREQUENCY_LABELS[level.frequency][locale]) : levelId;
}

/** One system's maintenance tasks: what, how often, by whom, how long. */
export function maintenanceTasks(cx: BuildContext, w: DocumentWriter, s: MaintenanceSchedule): void {
  const { locale } = cx;
  w.table(
    [5, 2, 2, 2],
    [pick(locale, { zh: ['保养项目', '周期', '执行岗位', '工时'], en: ['Task', 'How often', 'Done by', 'Work time'] })],
    s.tasks.map((t) => [say(t.title, locale), frequencyOf(s, t.level, locale), roleOf(cx, t.role), [durationRun(t.duration, locale)]]),
  );
}
