import { createPlenaryClient, paginate, TransparencyReportsDocument } from '@plenary/sdk';

/** Every Article 7 report of a year, page by page, counted by compliance. */
export async function countReportsByCompliance(url: string, apiKey: string, year: number) {
  const client = createPlenaryClient({ url, apiKey });
  const counts: Record<string, number> = {};
  for await (const report of paginate(client, {
    document: TransparencyReportsDocument,
    variables: { filter: { year } },
    connection: (data) => data.transparencyReports,
    pageSize: 100,
  })) {
    counts[report.compliance] = (counts[report.compliance] ?? 0) + 1;
  }
  return counts;
}
