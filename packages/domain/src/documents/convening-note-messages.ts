import type { DocumentLanguage } from './document-language.ts';

/**
 * The convening note verbale's templates (ICU MessageFormat). Everything particular to a convention, a meeting or
 * an office is a value; only the wording of a UN note verbale is here. Values arrive formatted for the language;
 * French values arrive already joined to their preposition ("au Bureau…", "à la Convention…").
 */
export const CONVENING_NOTE_MESSAGES = {
  EN: {
    title: '{title} — note verbale {reference}',
    reference: 'REFERENCE: {reference}',
    compliments:
      'The {office} presents its compliments to the {addressees} and has the honour to refer to the {conventionYear} {convention} (hereinafter the Convention) and to resolution {resolution} entitled "{resolutionTitle}", adopted by the General Assembly on {resolutionAdoptedOn}.',
    mandate: 'By operative paragraph {paragraph} of the resolution, the General Assembly {clause}.',
    convening:
      'The Secretary-General has the honour to convene the {title} {link, select, party {to} other {of}} the {convention} {dates}{hasVenue, select, yes { at the {venue}} other {}} in {city}{hasCountry, select, yes {, {country}} other {}}, and to invite the participation of all States Parties to the Convention. The Secretary-General also has the honour to invite States not parties to the Convention to participate in the {title} as Observers.',
    costs: 'Please note that in accordance with {article} of the Convention, "{quotation}".',
    delegations:
      'The details of delegations to the {shortTitle} should be submitted by {deadline}, to the Secretary of the {title} {link, select, party {to} other {of}} the Convention, at the following address:',
    email: 'E-Mail: ',
    webPage: 'Website: ',
    arrangements:
      'Further information on the arrangements for the {noun} will be communicated to the Permanent Missions by the Secretariat of the {title} in due course.',
    reporting:
      'Please note that the General Assembly, by operative paragraph {paragraph} of its resolution {resolution}, {clause}. This information should be directed to the {office} at the address indicated above{hasDeadline, select, yes { no later than {deadline}} other {}}.',
    closing:
      'The {office} avails itself of this opportunity to renew to the {addressees} the assurances of its highest consideration.',
  },
  FR: {
    title: '{title} — note verbale {reference}',
    reference: 'RÉFÉRENCE\u00a0: {reference}',
    compliments:
      '{office} présente ses compliments {addressees} et a l’honneur de se référer {convention} de {conventionYear} (ci-après «\u00a0la Convention\u00a0») et à la résolution {resolution}, intitulée «\u00a0{resolutionTitle}\u00a0», que l’Assemblée générale a adoptée le {resolutionAdoptedOn}.',
    mandate: 'Au paragraphe {paragraph} du dispositif de cette résolution, l’Assemblée générale {clause}.',
    convening:
      'Le Secrétaire général a l’honneur de convoquer la {title} {convention}, qui se tiendra {dates}{hasVenue, select, yes { {venue}} other {}} {city}{hasCountry, select, yes { ({country})} other {}}, et d’inviter tous les États parties à la Convention à y participer. Le Secrétaire général a également l’honneur d’inviter les États non parties à la Convention à participer à la {title} en qualité d’observateurs.',
    costs: 'Il est rappelé que, conformément {article} de la Convention, «\u00a0{quotation}\u00a0».',
    delegations:
      'Les renseignements relatifs à la composition des délégations à la {shortTitle} devront être communiqués d’ici au {deadline} au Secrétaire de la {title} {link, select, party {à} other {de}} la Convention, à l’adresse suivante\u00a0:',
    email: 'Courriel\u00a0: ',
    webPage: 'Site Web\u00a0: ',
    arrangements:
      'De plus amples informations sur l’organisation {noun} seront communiquées en temps utile aux missions permanentes par le secrétariat de la {title}.',
    reporting:
      'Il est également rappelé que l’Assemblée générale, au paragraphe {paragraph} du dispositif de sa résolution {resolution}, {clause}. Ces informations devraient être adressées {office} à l’adresse indiquée ci-dessus{hasDeadline, select, yes {, au plus tard le {deadline}} other {}}.',
    closing:
      '{office} saisit cette occasion pour renouveler {addressees} les assurances de sa très haute considération.',
  },
} as const satisfies Record<DocumentLanguage, Record<string, string>>;
