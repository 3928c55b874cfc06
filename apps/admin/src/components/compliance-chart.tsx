export interface YearTotals {
  year: number;
  onTime: number;
  late: number;
  overdue: number;
  notRecorded: number;
}

const SERIES = [
  { key: 'onTime', label: 'On time', className: 'bar-on-time' },
  { key: 'late', label: 'Late', className: 'bar-late' },
  { key: 'overdue', label: 'Overdue', className: 'bar-overdue' },
  { key: 'notRecorded', label: 'Not recorded', className: 'bar-not-recorded' },
] as const;

const HEIGHT = 220;
const BAR_WIDTH = 28;
const GAP = 14;
const AXIS = 32;

/**
 * Stacked bars per year: on time, late, overdue, and not recorded (due before the records begin, with no report
 * recorded: unknown, so apart from overdue). The table beside it holds the same numbers for screen readers.
 */
export function ComplianceChart({ years }: { years: readonly YearTotals[] }) {
  const largest = Math.max(1, ...years.map((year) => year.onTime + year.late + year.overdue + year.notRecorded));
  const width = AXIS + years.length * (BAR_WIDTH + GAP);
  const scale = (value: number) => (value / largest) * (HEIGHT - 20);
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-labelledby="chart-title chart-description"
        viewBox={`0 0 ${width} ${HEIGHT + 24}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id="chart-title">Article 7 reports per year</title>
        <desc id="chart-description">
          Stacked bars of reports on time, late, overdue and not recorded for each year from {years[0]?.year} to{' '}
          {years.at(-1)?.year}; the table below gives the numbers.
        </desc>
        <line x1={AXIS - 4} y1={HEIGHT} x2={width} y2={HEIGHT} className="axis" />
        <text x={0} y={12} className="axis-label">
          {largest}
        </text>
        <text x={0} y={HEIGHT} className="axis-label">
          0
        </text>
        {years.map((year, index) => {
          const x = AXIS + index * (BAR_WIDTH + GAP);
          let top = HEIGHT;
          return (
            <g key={year.year}>
              {SERIES.map((series) => {
                const height = scale(year[series.key]);
                top -= height;
                return height > 0 ? (
                  <rect key={series.key} x={x} y={top} width={BAR_WIDTH} height={height} className={series.className}>
                    <title>{`${year.year}: ${year[series.key]} ${series.label.toLowerCase()}`}</title>
                  </rect>
                ) : null;
              })}
              <text x={x + BAR_WIDTH / 2} y={HEIGHT + 16} textAnchor="middle" className="axis-label">
                {year.year}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="legend">
        {SERIES.map((series) => (
          <span key={series.key}>
            <span className={`swatch ${series.className}`} aria-hidden="true" /> {series.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
