import { z } from 'zod';
import { calendarDateColumn, databaseDate, iso3Column, optionalTextColumn, readDataFile } from './data-file.ts';
import { stateIdOf, type SeedClient, type StateIds } from './seed-client.ts';

export const MEETINGS_FILE = 'ccm-meetings.csv';

const meetingRow = z.object({
  code: z.string().regex(/^\d+(MSP|RC)(-\d+)?$/, 'must be a meeting code such as 11MSP or 2RC-1'),
  kind: z.enum(['MSP', 'RC']),
  number: z.coerce.number().int().min(1),
  opens_on: calendarDateColumn,
  closes_on: calendarDateColumn,
  city: z.string().min(1),
  venue: optionalTextColumn,
  president_state_iso3: iso3Column,
  president_name: optionalTextColumn,
});

type MeetingRow = z.output<typeof meetingRow>;

const KINDS = { MSP: 'MEETING_OF_STATES_PARTIES', RC: 'REVIEW_CONFERENCE' } as const;
const TITLES = { MSP: 'Meeting of States Parties', RC: 'Review Conference' } as const;
// Document symbols: CCM/MSP/2023/1 for a Meeting of States Parties, CCM/CONF/2015/... for a Review Conference.
const SYMBOL_SERIES = { MSP: 'MSP', RC: 'CONF' } as const;

const ORDINALS = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
  'Eleventh',
  'Twelfth',
  'Thirteenth',
  'Fourteenth',
  'Fifteenth',
  'Sixteenth',
  'Seventeenth',
  'Eighteenth',
  'Nineteenth',
  'Twentieth',
];

/** The host country and IANA time zone of each city the Convention has met in, with the French names documents print. */
const HOST_CITIES: Record<string, { country: string; timeZone: string; cityFr: string; countryFr: string }> = {
  Vientiane: {
    country: "Lao People's Democratic Republic",
    timeZone: 'Asia/Vientiane',
    cityFr: 'Vientiane',
    countryFr: 'République démocratique populaire lao',
  },
  Beirut: { country: 'Lebanon', timeZone: 'Asia/Beirut', cityFr: 'Beyrouth', countryFr: 'Liban' },
  Oslo: { country: 'Norway', timeZone: 'Europe/Oslo', cityFr: 'Oslo', countryFr: 'Norvège' },
  Lusaka: { country: 'Zambia', timeZone: 'Africa/Lusaka', cityFr: 'Lusaka', countryFr: 'Zambie' },
  'San José': { country: 'Costa Rica', timeZone: 'America/Costa_Rica', cityFr: 'San José', countryFr: 'Costa Rica' },
  Dubrovnik: { country: 'Croatia', timeZone: 'Europe/Zagreb', cityFr: 'Dubrovnik', countryFr: 'Croatie' },
  // Geneva keeps Zurich's time; the IANA database has no separate Geneva zone.
  Geneva: { country: 'Switzerland', timeZone: 'Europe/Zurich', cityFr: 'Genève', countryFr: 'Suisse' },
};

/** French names of the venues, with their article; a venue not listed here has no French name (a "virtual" part). */
const VENUES_FR: Record<string, string> = {
  'Palais des Nations': 'le Palais des Nations',
  'Palais des Nations, Room XIX': 'le Palais des Nations, salle XIX',
  'Tempus Building': 'le bâtiment Tempus',
};

/** What a convening note verbale says beyond the meeting's dates and place. */
interface ConveningNote {
  noteReference: string;
  noteDate: string;
  convenedOn: string;
  delegationDeadline: string;
  /** The weekday the note printed beside the deadline, kept as issued even where the calendar disagrees. */
  delegationDeadlineWeekdayAsIssued: 'FRIDAY' | null;
  reportingDeadline: string;
  webPage: string;
  /** To whom the note is addressed, in English and in French (with its article). */
  addressees: { EN: string; FR: string };
}

/** The notes Plenary holds: the Eleventh Meeting's (ODA/2023-00050 of 21 March 2023), the project's seed. */
const CONVENING_NOTES: Record<string, ConveningNote> = {
  '11MSP': {
    noteReference: 'ODA/2023-00050',
    noteDate: '2023-03-21',
    convenedOn: '2023-03-21',
    // "should be submitted by Friday, 31 August 2023": a Thursday, printed as a Friday.
    delegationDeadline: '2023-08-31',
    delegationDeadlineWeekdayAsIssued: 'FRIDAY',
    // Art. 7 reports "no later than 30 April 2023"
    reportingDeadline: '2023-04-30',
    webPage:
      'https://meetings.unoda.org/ccm-msp/convention-on-cluster-munitions-eleventh-meeting-of-states-parties-2023',
    addressees: {
      EN: 'Permanent Representatives of Member and Observer States to the United Nations',
      FR: 'les Représentants permanents des États Membres et des États observateurs auprès de l’Organisation des Nations Unies',
    },
  },
};

export interface SeedMeetingsOptions {
  conventionId: string;
  stateIds: StateIds;
  /** The office that issues convening notes, and the one that serves as secretariat of meetings in Geneva. */
  noteIssuingOfficeId: string;
  secretariatOfficeId: string;
  /** The General Assembly resolution under which the noted meetings were convened. */
  mandateResolutionId: string;
  /** Meetings that closed before this day are CLOSED. */
  today: string;
}

function titleOf(row: MeetingRow): string {
  const ordinal = ORDINALS[row.number - 1];
  if (!ordinal) throw new Error(`${MEETINGS_FILE}, ${row.code}: no ordinal word for meeting number ${row.number}.`);
  return `${ordinal} ${TITLES[row.kind]}`;
}

function partOf(code: string): number | null {
  const match = /-(\d+)$/.exec(code);
  return match ? Number(match[1]) : null;
}

function meetingData(row: MeetingRow, options: SeedMeetingsOptions) {
  const host = HOST_CITIES[row.city];
  if (!host)
    throw new Error(`${MEETINGS_FILE}, ${row.code}: add ${row.city} to HOST_CITIES with its country and time zone.`);
  const note = CONVENING_NOTES[row.code];
  const closed = row.closes_on < options.today;
  return {
    kind: KINDS[row.kind],
    number: row.number,
    part: partOf(row.code),
    title: titleOf(row),
    opensOn: databaseDate(row.opens_on),
    closesOn: databaseDate(row.closes_on),
    venue: row.venue,
    city: row.city,
    country: host.country,
    venueFr: row.venue === null ? null : (VENUES_FR[row.venue] ?? null),
    cityFr: host.cityFr,
    countryFr: host.countryFr,
    timeZone: host.timeZone,
    presidentStateId: stateIdOf({
      stateIds: options.stateIds,
      iso3: row.president_state_iso3,
      where: `${MEETINGS_FILE}, ${row.code}`,
    }),
    presidentName: row.president_name,
    status: closed ? 'CLOSED' : note ? 'CONVENED' : 'DRAFT',
    symbolPrefix: `CCM/${SYMBOL_SERIES[row.kind]}/${row.opens_on.slice(0, 4)}`,
    ...(note && {
      noteReference: note.noteReference,
      noteDate: databaseDate(note.noteDate),
      noteIssuingOfficeId: options.noteIssuingOfficeId,
      mandateResolutionId: options.mandateResolutionId,
      convenedOn: databaseDate(note.convenedOn),
      delegationDeadline: databaseDate(note.delegationDeadline),
      delegationDeadlineWeekdayAsIssued: note.delegationDeadlineWeekdayAsIssued,
      reportingDeadline: databaseDate(note.reportingDeadline),
      secretariatOfficeId: options.secretariatOfficeId,
      webPage: note.webPage,
      noteAddressees: note.addressees.EN,
      noteAddresseesFr: note.addressees.FR,
    }),
  } as const;
}

/** The Convention's formal meetings (ccm-meetings.csv), upserted on (Convention, code). */
export async function seedMeetings(client: SeedClient, options: SeedMeetingsOptions): Promise<void> {
  const { rows } = await readDataFile({ name: MEETINGS_FILE, row: meetingRow });
  for (const row of rows) {
    const data = meetingData(row, options);
    // A meeting not yet over may have been convened or opened since the last seed: its status is left as it is.
    const { status: _status, ...stillOpen } = data;
    await client.meeting.upsert({
      where: { conventionId_code: { conventionId: options.conventionId, code: row.code } },
      create: { conventionId: options.conventionId, code: row.code, ...data },
      update: data.status === 'CLOSED' ? data : stillOpen,
      select: { id: true },
    });
  }
}
