import { useId, useMemo, useState, type ReactNode } from 'react';
import type { CsvCell } from '../lib/csv.ts';
import { downloadCsv } from '../lib/download.ts';
import { Empty } from './status.tsx';

export interface Column<Row> {
  key: string;
  header: string;
  /** The cell's plain value: what the table sorts and filters on and what the CSV holds. */
  value: (row: Row) => CsvCell;
  /** How the cell shows; the plain value when left out. */
  render?: (row: Row) => ReactNode;
  numeric?: boolean;
  /** Sort as numbers (amounts and rates are exact decimal strings). */
  sortAsNumber?: boolean;
  /** Buttons, not data: neither sorted, filtered nor exported. */
  action?: boolean;
}

interface DataTableProps<Row> {
  /** Names the table, its filter and the exported file. */
  title: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  empty?: ReactNode;
  /** Extra controls beside the filter and export (e.g. a date picker). */
  toolbar?: ReactNode;
  /** Hide the caption when a heading already names the table. */
  captionHidden?: boolean;
  rowClassName?: (row: Row) => string | undefined;
}

type Direction = 'ascending' | 'descending';

function compare(left: CsvCell, right: CsvCell, asNumber: boolean): number {
  if (left === right) return 0;
  if (left === null || left === undefined || left === '') return 1;
  if (right === null || right === undefined || right === '') return -1;
  if (asNumber) return Number(left) - Number(right);
  return String(left).localeCompare(String(right), undefined, { numeric: true, sensitivity: 'base' });
}

/** A table that sorts by any column, filters on any text, and exports what it shows to CSV. */
export function DataTable<Row>({
  title,
  rows,
  columns,
  rowKey,
  empty,
  toolbar,
  captionHidden,
  rowClassName,
}: DataTableProps<Row>) {
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ key: string; direction: Direction } | null>(null);
  const filterId = useId();

  const shown = useMemo(() => {
    const needle = filter.trim().toLocaleLowerCase();
    const filtered = needle
      ? rows.filter((row) =>
          columns.some(
            (column) =>
              !column.action &&
              String(column.value(row) ?? '')
                .toLocaleLowerCase()
                .includes(needle),
          ),
        )
      : [...rows];
    const column = sort && columns.find((candidate) => candidate.key === sort.key);
    if (sort && column) {
      const sign = sort.direction === 'ascending' ? 1 : -1;
      filtered.sort(
        (left, right) => sign * compare(column.value(left), column.value(right), column.sortAsNumber ?? false),
      );
    }
    return filtered;
  }, [rows, columns, filter, sort]);

  const toggleSort = (key: string) =>
    setSort((current) =>
      current?.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: 'ascending' },
    );

  const exportCsv = () => {
    const exported = columns.filter((column) => !column.action);
    downloadCsv(
      title,
      exported.map((column) => column.header),
      shown.map((row) => exported.map((column) => column.value(row))),
    );
  };

  return (
    <div className="data-table">
      <div className="table-toolbar">
        <div className="table-filter">
          <label htmlFor={filterId}>Filter {title.toLowerCase()}</label>
          <input id={filterId} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        </div>
        {toolbar}
        <p className="table-count" aria-live="polite">
          {shown.length === rows.length
            ? `${rows.length} ${rows.length === 1 ? 'row' : 'rows'}`
            : `${shown.length} of ${rows.length} rows`}
        </p>
        <button type="button" className="button-secondary" onClick={exportCsv} disabled={shown.length === 0}>
          Export CSV<span className="visually-hidden"> of {title}</span>
        </button>
      </div>
      {rows.length === 0 ? (
        <Empty>{empty ?? 'Nothing to show yet.'}</Empty>
      ) : (
        <div className="table-scroll" role="region" aria-label={title} tabIndex={0}>
          <table>
            <caption className={captionHidden ? 'visually-hidden' : undefined}>{title}</caption>
            <thead>
              <tr>
                {columns.map((column) => {
                  const direction = sort?.key === column.key ? sort.direction : undefined;
                  if (column.action)
                    return (
                      <th key={column.key} scope="col">
                        {column.header}
                      </th>
                    );
                  return (
                    <th
                      key={column.key}
                      scope="col"
                      aria-sort={direction ?? 'none'}
                      className={column.numeric ? 'numeric' : undefined}
                    >
                      <button type="button" className="sort-button" onClick={() => toggleSort(column.key)}>
                        {column.header}
                        <span aria-hidden="true" className="sort-indicator">
                          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {shown.length === 0 ? (
                <tr>
                  <td colSpan={columns.length}>No rows match the filter.</td>
                </tr>
              ) : (
                shown.map((row) => (
                  <tr key={rowKey(row)} className={rowClassName?.(row)}>
                    {columns.map((column) => (
                      <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                        {column.render ? column.render(row) : column.value(row)}
                      </td>
                    ))}
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
