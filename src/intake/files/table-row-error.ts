import type { TableField } from './columns.js';

/* What is wrong with a field of a row, as the reader of a spreadsheet (table.ts) reports it. */

export type RowErrorCode = 'required' | 'date' | 'ambiguousDate' | 'kind' | 'time' | 'zone' | 'who' | 'tag' | 'id' | 'duplicateId' | 'end' | 'invalid';

export interface RowError {
  row: number;
  field: TableField;
  code: RowErrorCode;
  /** The cell as typed (cut to 80 characters). */
  value?: string;
  /** For dates: parseDate's problem code (noYear, notReal, …). */
  problem?: string;
  /** An accepted form, to show beside the message. */
  example?: string;
}

/** Records a row error for the row being read. */
export type ReportRowError = (field: TableField, code: RowErrorCode, value?: string, more?: Partial<RowError>) => void;
