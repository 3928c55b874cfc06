import { CCM_RULES, computeEntryIntoForce, computeInitialReportDueDate } from '@plenary/domain';
import worldCountries from 'world-countries';
import { describe, expect, it } from 'vitest';
import { readStatesParties, readSignatories } from '../src/seed/treaty-records.ts';
import { readUnStates } from '../src/seed/states.ts';

// world-countries' names of the UN regional groups.
const WORLD_COUNTRIES_GROUPS: Record<string, string> = {
  'African Group': 'AFRICAN',
  'Asia and the Pacific Group': 'ASIA_PACIFIC',
  'Eastern European Group': 'EASTERN_EUROPEAN',
  'Latin American and Caribbean Group': 'LATIN_AMERICAN_AND_CARIBBEAN',
  'Western European and Others Group': 'WESTERN_EUROPEAN_AND_OTHERS',
};

describe('the data files the seed loads', () => {
  it('agree with Article 17 (entry into force) and Article 7(1) (initial report due) for every State that has been party', async () => {
    const { rows } = await readStatesParties();
    expect(rows).toHaveLength(113);
    const disagreements = rows.flatMap((row) => {
      const entryIntoForce = computeEntryIntoForce({ depositDate: row.deposit_date, rules: CCM_RULES });
      const initialReportDue = entryIntoForce && computeInitialReportDueDate({ entryIntoForce, rules: CCM_RULES });
      return entryIntoForce === row.entry_into_force && initialReportDue === row.initial_report_due_computed
        ? []
        : [
            `${row.iso3}: file ${row.entry_into_force} / ${row.initial_report_due_computed}, rules ${entryIntoForce} / ${initialReportDue}`,
          ];
    });
    expect(disagreements).toEqual([]);
  });

  it('count exactly thirty instruments deposited by 2010-02-16, the day of the thirtieth', async () => {
    const { rows } = await readStatesParties();
    expect(rows.filter((row) => row.deposit_date <= '2010-02-16')).toHaveLength(30);
  });

  it('give each State one treaty record: the 12 signatories are not among the States Parties', async () => {
    const [statesParties, signatories] = await Promise.all([readStatesParties(), readSignatories()]);
    expect(signatories.rows).toHaveLength(12);
    const parties = new Set(statesParties.rows.map((row) => row.iso3));
    expect(parties.size).toBe(statesParties.rows.length);
    expect(signatories.rows.filter((row) => parties.has(row.iso3))).toEqual([]);
  });

  it('list 197 States, agreeing with world-countries except where the UN status or regional group is corrected', async () => {
    const { rows } = await readUnStates();
    expect(rows).toHaveLength(197);
    const byIso3 = new Map(worldCountries.map((country) => [country.cca3, country]));
    const differences = rows.flatMap((row) => {
      const country = byIso3.get(row.iso3);
      if (!country) return [`${row.iso3}: not in world-countries`];
      const group = WORLD_COUNTRIES_GROUPS[country.unRegionalGroup] ?? null;
      return [
        ...(country.unMember !== (row.un_status === 'MEMBER')
          ? [`${row.iso3}: unMember ${country.unMember}, file ${row.un_status}`]
          : []),
        ...(group !== row.regional_group ? [`${row.iso3}: group ${group}, file ${row.regional_group}`] : []),
      ];
    });
    expect(differences).toEqual([
      'KIR: group ASIA_PACIFIC, file null',
      'PSE: group null, file ASIA_PACIFIC',
      'VAT: unMember true, file OBSERVER_STATE',
    ]);
  });
});
