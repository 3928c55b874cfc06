import { toCalendarDate, type Convention } from '@plenary/db';
import type { ConventionRules } from '@plenary/domain';

// A page of States shares one convention row: its rules are worked out once, not once per State.
const rulesOfConvention = new WeakMap<Convention, ConventionRules>();

/** A stored convention's rules in the shape the domain's rule functions take. */
export function conventionRulesOf(convention: Convention): ConventionRules {
  let rules = rulesOfConvention.get(convention);
  if (!rules) {
    rules = rulesOf(convention);
    rulesOfConvention.set(convention, rules);
  }
  return rules;
}

function rulesOf(convention: Convention): ConventionRules {
  return {
    conventionCode: convention.code,
    entryIntoForce: {
      instrumentsRequired: convention.fixedEntryIntoForceCount ?? 0,
      thresholdReachedOn: convention.fixedEntryIntoForceCutoffOn
        ? toCalendarDate(convention.fixedEntryIntoForceCutoffOn)
        : null,
      conventionEntryIntoForce: convention.fixedEntryIntoForceOn
        ? toCalendarDate(convention.fixedEntryIntoForceOn)
        : null,
      monthsAfterDepositMonth: convention.monthsAfterDepositMonth,
    },
    reporting: {
      initialReportDays: convention.initialReportDays,
      annualReportDueMonth: convention.annualReportDueMonth,
      annualReportDueDay: convention.annualReportDueDay,
      firstAnnualReport: convention.firstAnnualReportRule,
    },
    withdrawal: { noticeMonths: convention.withdrawalNoticeMonths },
    costSharing: {
      article: convention.costSharingArticle,
      text: convention.costSharingText,
      defaultPayerRule: convention.defaultPayerRule,
    },
  };
}
