import { csvFileName, toCsv, type CsvCell } from './csv.ts';
import { today } from './format.ts';

/** Saves a list as a CSV file (UTF-8 with a byte-order mark, so spreadsheets read the six languages' names). */
export function downloadCsv(title: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]): void {
  const blob = new Blob(['\uFEFF', toCsv(header, rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = csvFileName(title, today());
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
