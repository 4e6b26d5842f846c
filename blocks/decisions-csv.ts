/** One line of the CSV export. */
export interface CsvRow {
  id: number;
  createdAt: Date;
  channelId: string;
  requesterId: string;
  task: string;
  recommendedApproach: string;
  adoptedApproach: string | null;
  status: string;
  confidence: number;
  engineVersion: string;
  permalink: string | null;
}

const HEADER = [
  'id',
  'created_at',
  'channel_id',
  'requester_id',
  'task',
  'recommended_approach',
  'adopted_approach',
  'status',
  'confidence',
  'engine_version',
  'link',
];

/**
 * One CSV field: quoted when needed, and a leading = + - @ defused so that a spreadsheet
 * shows user text instead of running it as a formula.
 */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The decision log as CSV (RFC 4180 line ends). */
export function decisionsCsv(rows: readonly CsvRow[]): string {
  const lines = rows.map((r) =>
    [
      r.id,
      r.createdAt.toISOString(),
      r.channelId,
      r.requesterId,
      r.task,
      r.recommendedApproach,
      r.adoptedApproach,
      r.status,
      r.confidence,
      r.engineVersion,
      r.permalink,
    ]
      .map(csvField)
      .join(','),
  );
  return `${[HEADER.join(','), ...lines].join('\r\n')}\r\n`;
}
