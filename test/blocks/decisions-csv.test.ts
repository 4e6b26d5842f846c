import { describe, expect, it } from 'vitest';
import { type CsvRow, csvField, decisionsCsv } from '../../blocks/decisions-csv.js';

const ROW: CsvRow = {
  id: 7,
  createdAt: new Date('2026-11-01T10:00:00Z'),
  channelId: 'C0GENERAL',
  requesterId: 'U0ALICE',
  task: 'Sort mail',
  recommendedApproach: 'prompt',
  adoptedApproach: null,
  status: 'proposed',
  confidence: 0.62,
  engineVersion: '2.0.0',
  permalink: null,
};

describe('CSV export', () => {
  // A spreadsheet runs a cell starting with any of these as a formula (OWASP, CSV injection).
  it.each([
    ['=1+1', "'=1+1"],
    ['+1+1', "'+1+1"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
  ])('defuses a leading formula character: %j', (text, cell) => {
    expect(csvField(text)).toBe(cell);
  });

  it('defuses a leading carriage return, and quotes the cell it is in', () => {
    expect(csvField('\r=1')).toBe('"\'\r=1"');
  });

  it('leaves the same characters alone anywhere but first', () => {
    expect(csvField('a=b+c-d@e\tf')).toBe('a=b+c-d@e\tf');
    expect(csvField(' =1')).toBe(' =1');
  });

  it('quotes a cell with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('x\ry')).toBe('"x\ry"');
    expect(csvField('plain')).toBe('plain');
  });

  it('writes nothing for a missing value, and numbers as they are', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(0.62)).toBe('0.62');
  });

  it('writes a header and one CRLF-ended line a decision', () => {
    expect(decisionsCsv([ROW, { ...ROW, id: 8, task: '-drop', adoptedApproach: 'rag' }])).toBe(
      [
        'id,created_at,channel_id,requester_id,task,recommended_approach,adopted_approach,status,confidence,engine_version,link',
        '7,2026-11-01T10:00:00.000Z,C0GENERAL,U0ALICE,Sort mail,prompt,,proposed,0.62,2.0.0,',
        "8,2026-11-01T10:00:00.000Z,C0GENERAL,U0ALICE,'-drop,prompt,rag,proposed,0.62,2.0.0,",
        '',
      ].join('\r\n'),
    );
    expect(decisionsCsv([])).toBe(
      'id,created_at,channel_id,requester_id,task,recommended_approach,adopted_approach,status,confidence,engine_version,link\r\n',
    );
  });
});
