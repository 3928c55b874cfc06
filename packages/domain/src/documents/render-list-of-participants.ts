import { stringify } from 'csv-stringify/sync';
import { INVITATION_CAPACITIES, type DelegateRole, type InvitationCapacity } from '../enums/domain-enums.ts';
import type { MeetingData } from './document-data.ts';
import { DOCUMENT_LOCALES, pickText, type DocumentLanguage, type LocalisedText } from './document-language.ts';
import { toFileName, type DocumentBlock, type DocumentModel } from './document-model.ts';
import { escapeCsvFormula } from './escape-csv-formula.ts';
import { formatDateSpan } from './format-document-date.ts';
import { formatMessage } from './format-message.ts';
import { describeMeeting } from './meeting-wording.ts';
import { renderHtml } from './render-html.ts';
import { renderText } from './render-text.ts';
import { CSV_MEDIA_TYPE, HTML_MEDIA_TYPE, TEXT_MEDIA_TYPE, type RenderedDocument } from './rendered-document.ts';

/** Official: every member with contact data, for the secretariat and the State concerned. Public: see below. */
export type ListOfParticipantsVariant = 'OFFICIAL' | 'PUBLIC';
export type ListOfParticipantsFormat = 'CSV' | 'HTML' | 'TEXT';
/** Which name States and organisations are sorted by: the English one (UN practice) or the document language's. */
export type ParticipantOrder = 'ENGLISH_NAME' | 'DOCUMENT_LANGUAGE_NAME';

/** A member of a delegation (DelegationMember). */
export interface DelegateData {
  /** The head of delegation (Delegation.headMemberId) comes first, whatever its position. */
  head: boolean;
  role?: DelegateRole | null;
  position: number;
  salutation?: string | null;
  givenName: string;
  familyName: string;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** A State or organisation taking part (Invitation with its Delegation). */
export interface ParticipantData {
  capacity: InvitationCapacity;
  /** A State's names { EN: nameEn, FR: nameFr }; an organisation's { EN: name, FR: nameFr }. */
  name: LocalisedText;
  /** Delegation.publicListConsent: whether the members' names may appear on the public list. */
  publicListConsent: boolean;
  members: readonly DelegateData[];
}

export interface RenderListOfParticipantsOptions {
  meeting: MeetingData;
  participants: readonly ParticipantData[];
  variant: ListOfParticipantsVariant;
  language: DocumentLanguage;
  format: ListOfParticipantsFormat;
  order?: ParticipantOrder;
}

const MESSAGES = {
  EN: {
    title: '{variant, select, PUBLIC {List of participants (public)} other {List of participants}} — {meeting}',
    place: '{city}, {dates}',
    empty: 'No participant is registered for this meeting.',
    withheld: 'Names not published at the request of the delegation.',
    capacities: {
      STATE_PARTY: 'States Parties',
      SIGNATORY_OBSERVER: 'Observer States: signatories',
      NON_SIGNATORY_OBSERVER: 'Observer States: other States',
      ORGANISATION_OF_RIGHT: 'Organisations observing as of right',
      ORGANISATION_ON_REQUEST: 'Other observer organisations',
    },
    roles: {
      HEAD: 'Head of delegation',
      DEPUTY_HEAD: 'Deputy head of delegation',
      REPRESENTATIVE: 'Representative',
      ALTERNATE: 'Alternate',
      ADVISER: 'Adviser',
    },
    columns: {
      capacity: 'Capacity',
      participant: 'Participant',
      order: 'Order',
      role: 'Role',
      name: 'Name',
      salutation: 'Honorific',
      givenName: 'Given name',
      familyName: 'Family name',
      title: 'Title',
      email: 'E-mail',
      phone: 'Telephone',
    },
  },
  FR: {
    title:
      '{variant, select, PUBLIC {Liste des participants (version publique)} other {Liste des participants}} — {meeting}',
    place: '{city}, {dates}',
    empty: 'Aucun participant n’est inscrit à cette réunion.',
    withheld: 'Noms non publiés à la demande de la délégation.',
    capacities: {
      STATE_PARTY: 'États parties',
      SIGNATORY_OBSERVER: 'États observateurs\u00a0: signataires',
      NON_SIGNATORY_OBSERVER: 'États observateurs\u00a0: autres États',
      ORGANISATION_OF_RIGHT: 'Organisations observatrices de plein droit',
      ORGANISATION_ON_REQUEST: 'Autres organisations observatrices',
    },
    roles: {
      HEAD: 'Chef de délégation',
      DEPUTY_HEAD: 'Chef adjoint de délégation',
      REPRESENTATIVE: 'Représentant',
      ALTERNATE: 'Suppléant',
      ADVISER: 'Conseiller',
    },
    columns: {
      capacity: 'Qualité',
      participant: 'Participant',
      order: 'Ordre',
      role: 'Fonction',
      name: 'Nom',
      salutation: 'Titre de civilité',
      givenName: 'Prénom',
      familyName: 'Nom de famille',
      title: 'Titre',
      email: 'Courriel',
      phone: 'Téléphone',
    },
  },
} as const;

export interface ListedParticipant {
  capacity: InvitationCapacity;
  name: string;
  /** Null on the public list when the delegation did not consent: the participant is listed, its members are not. */
  members: readonly DelegateData[] | null;
}

function isHead(member: DelegateData): boolean {
  return member.head || member.role === 'HEAD';
}

/** Head of delegation first, then by position, then by family name. */
function orderMembers(members: readonly DelegateData[], collator: Intl.Collator): DelegateData[] {
  return [...members].sort(
    (a, b) =>
      Number(isHead(b)) - Number(isHead(a)) || a.position - b.position || collator.compare(a.familyName, b.familyName),
  );
}

/**
 * The participants in the order of the list: by capacity (States Parties, signatory then other observer States,
 * organisations of right, other organisations), alphabetically within each (by the English name unless asked
 * otherwise, collated for that language, so "Côte d’Ivoire" sorts under C), members head of delegation first.
 */
export function listParticipants(
  options: Omit<RenderListOfParticipantsOptions, 'format' | 'meeting'>,
): ListedParticipant[] {
  const { language, variant } = options;
  const sortLanguage = options.order === 'DOCUMENT_LANGUAGE_NAME' ? language : 'EN';
  const collator = new Intl.Collator(DOCUMENT_LOCALES[sortLanguage], { sensitivity: 'base', ignorePunctuation: true });
  const entries = options.participants.map((participant, index) => ({
    participant,
    sortName: pickText({ text: participant.name, language: sortLanguage, path: `participants.${index}.name` }),
    name: pickText({ text: participant.name, language, path: `participants.${index}.name` }),
  }));
  entries.sort(
    (a, b) =>
      INVITATION_CAPACITIES.indexOf(a.participant.capacity) - INVITATION_CAPACITIES.indexOf(b.participant.capacity) ||
      collator.compare(a.sortName, b.sortName),
  );
  const memberCollator = new Intl.Collator(DOCUMENT_LOCALES[language], { sensitivity: 'base' });
  return entries.map(({ participant, name }) => ({
    capacity: participant.capacity,
    name,
    members:
      variant === 'PUBLIC' && !participant.publicListConsent ? null : orderMembers(participant.members, memberCollator),
  }));
}

function fullName(member: DelegateData): string {
  return [member.salutation, member.givenName, member.familyName]
    .filter((part) => part && part.trim() !== '')
    .join(' ');
}

function roleOf(member: DelegateData, language: DocumentLanguage): string {
  const roles = MESSAGES[language].roles;
  if (isHead(member)) return roles.HEAD;
  return member.role ? roles[member.role] : '';
}

/** The list of participants as document blocks (written out as text, HTML or PDF). */
export function buildListOfParticipants(
  options: Omit<RenderListOfParticipantsOptions, 'format'>,
  listed: readonly ListedParticipant[] = listParticipants(options),
): DocumentModel {
  const { meeting, language, variant } = options;
  const messages = MESSAGES[language];
  const wording = describeMeeting({ kind: meeting.kind, number: meeting.number, language });
  const official = variant === 'OFFICIAL';
  const title = formatMessage({ message: messages.title, language, values: { variant, meeting: wording.title } });
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 1, text: title },
    {
      kind: 'paragraph',
      inlines: [
        formatMessage({
          message: messages.place,
          language,
          values: {
            city: pickText({ text: meeting.city, language, path: 'meeting.city' }),
            dates: formatDateSpan({
              start: meeting.opensOn,
              end: meeting.closesOn,
              language,
              path: 'meeting.closesOn',
            }),
          },
        }),
      ],
    },
  ];
  if (listed.length === 0) blocks.push({ kind: 'paragraph', inlines: [messages.empty], role: 'note' });
  const columns = messages.columns;
  const header = [
    columns.participant,
    columns.role,
    columns.name,
    columns.title,
    ...(official ? [columns.email, columns.phone] : []),
  ];
  for (const capacity of INVITATION_CAPACITIES) {
    const section = listed.filter((participant) => participant.capacity === capacity);
    if (section.length === 0) continue;
    blocks.push({ kind: 'heading', level: 2, text: messages.capacities[capacity] });
    const rows = section.flatMap((participant) => {
      if (participant.members === null) return [[participant.name, '', messages.withheld, '']];
      return participant.members.map((member, index) => [
        index === 0 ? participant.name : '',
        roleOf(member, language),
        fullName(member),
        member.title ?? '',
        ...(official ? [member.email ?? '', member.phone ?? ''] : []),
      ]);
    });
    blocks.push({
      kind: 'table',
      header,
      rows,
      ...(official && { contactColumns: [header.indexOf(columns.email), header.indexOf(columns.phone)] }),
    });
  }
  const fileName = toFileName(
    `${variant === 'PUBLIC' ? 'public-' : ''}list-of-participants-${meeting.kind}-${meeting.number}-${language}`.toLowerCase(),
  );
  // Six columns with e-mail addresses do not fit across a portrait A4 page.
  return { language, title, fileName, blocks, orientation: official ? 'LANDSCAPE' : 'PORTRAIT' };
}

function renderCsv(options: RenderListOfParticipantsOptions, listed: readonly ListedParticipant[]): string {
  const { language } = options;
  const messages = MESSAGES[language];
  const official = options.variant === 'OFFICIAL';
  const columns = messages.columns;
  const header = [
    columns.capacity,
    columns.participant,
    columns.order,
    columns.role,
    columns.salutation,
    columns.givenName,
    columns.familyName,
    columns.title,
    ...(official ? [columns.email, columns.phone] : []),
  ];
  const rows = listed.flatMap((participant) => {
    const capacity = messages.capacities[participant.capacity];
    if (participant.members === null) return [[capacity, participant.name, '', '', '', '', '', '']];
    return participant.members.map((member, index) => [
      capacity,
      participant.name,
      String(index + 1),
      roleOf(member, language),
      member.salutation ?? '',
      member.givenName,
      member.familyName,
      member.title ?? '',
      ...(official ? [member.email ?? '', member.phone ?? ''] : []),
    ]);
  });
  return stringify(
    [header, ...rows].map((row) => row.map(escapeCsvFormula)),
    { record_delimiter: 'windows' },
  );
}

/**
 * The list of participants of a meeting. OFFICIAL lists every member with role, title, e-mail and telephone.
 * PUBLIC never shows contact data, and lists members' names only for delegations that consented
 * (publicListConsent); the others appear with their name alone. CSV cells are protected against formula injection.
 */
export function renderListOfParticipants(options: RenderListOfParticipantsOptions): RenderedDocument {
  const listed = listParticipants(options);
  const model = buildListOfParticipants(options, listed);
  switch (options.format) {
    case 'CSV':
      return { content: renderCsv(options, listed), mediaType: CSV_MEDIA_TYPE, fileName: `${model.fileName}.csv` };
    case 'HTML':
      return { content: renderHtml(model), mediaType: HTML_MEDIA_TYPE, fileName: `${model.fileName}.html` };
    case 'TEXT':
      return { content: renderText(model), mediaType: TEXT_MEDIA_TYPE, fileName: `${model.fileName}.txt` };
  }
}
