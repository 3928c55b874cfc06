/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AccessCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on MutationCreateUserSuccess { user { id email name role active state { iso3 } } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on Error { message }\n    }\n  }\n": typeof types.AccessCreateUserDocument,
    "\n  mutation AccessUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateUserSuccess { user { id name role active state { iso3 } } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n": typeof types.AccessUpdateUserDocument,
    "\n  mutation AccessCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on MutationCreateApiKeySuccess {\n        key\n        apiKey { id name prefix scopes status expiresAt organisation { acronym } createdBy { email } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n": typeof types.AccessCreateApiKeyDocument,
    "\n  mutation AccessRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      __typename\n      ... on MutationRevokeApiKeySuccess { apiKey { id status revokedAt } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.AccessRevokeApiKeyDocument,
    "\n  query AccessAuditOf($id: ID!) {\n    auditEvents(filter: { entityId: $id }) { edges { node { action before after actorUser { email } } } }\n  }\n": typeof types.AccessAuditOfDocument,
    "\n  mutation AccessSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { __typename }\n  }\n": typeof types.AccessSignInDocument,
    "\n  mutation AccessSignOut { signOut }\n": typeof types.AccessSignOutDocument,
    "\n  query AccessMe { me { email } }\n": typeof types.AccessMeDocument,
    "\n  query AccessSecretariatUsers {\n    users(filter: { role: SECRETARIAT }, first: 100) { totalCount edges { node { email role } } }\n  }\n": typeof types.AccessSecretariatUsersDocument,
    "\n  query AccessUserCount { users { totalCount } }\n": typeof types.AccessUserCountDocument,
    "\n  query AccessApiKeyCount { apiKeys { totalCount } }\n": typeof types.AccessApiKeyCountDocument,
    "\n  query AccessApiKeys { apiKeys(first: 100) { totalCount edges { node { prefix name } } } }\n": typeof types.AccessApiKeysDocument,
    "\n  query AccessConventionCount { conventions { totalCount } }\n": typeof types.AccessConventionCountDocument,
    "\n  query AccessUsersCreatedBy($actor: ID!) {\n    auditEvents(filter: { action: \"user.create\", actor: $actor }, first: 100) {\n      totalCount\n      edges { node { action at actorUser { email } } }\n    }\n  }\n": typeof types.AccessUsersCreatedByDocument,
    "\n  query AccessAuditByMadeUpActor { auditEvents(filter: { actor: \"bm90LWFuLWlk\" }) { totalCount } }\n": typeof types.AccessAuditByMadeUpActorDocument,
    "\n  query AccessAuditEventCount { auditEvents { totalCount } }\n": typeof types.AccessAuditEventCountDocument,
    "\n  query AccessNode($id: ID!) {\n    node(id: $id) { __typename id ... on User { email name } ... on ApiKey { prefix } ... on AuditEvent { action after } }\n  }\n": typeof types.AccessNodeDocument,
    "\n  query AccessUserNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on User { email } } }\n": typeof types.AccessUserNodesDocument,
    "\n  query AccessApiKeyLastUsedAt($id: ID!) { node(id: $id) { __typename ... on ApiKey { lastUsedAt } } }\n": typeof types.AccessApiKeyLastUsedAtDocument,
    "\n  mutation AssessmentScaleImport($input: ImportAssessmentScaleInput!) {\n    importAssessmentScale(input: $input) {\n      __typename\n      ... on MutationImportAssessmentScaleSuccess {\n        assessmentScale { name firstYear lastYear resolution source complete rates(first: 100) { totalCount edges { node { state { iso3 } ratePercent } } } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.AssessmentScaleImportDocument,
    "\n  query AssessmentScaleSeeded {\n    assessmentScales(first: 10) { totalCount edges { node { name } } }\n    assessmentScale(name: \"2022-2024\") {\n      firstYear lastYear resolution complete\n      rates(first: 2) { totalCount edges { node { state { iso3 } ratePercent } } }\n      switzerland: rate(iso3: \"che\") { ratePercent }\n      holySee: rate(iso3: \"VAT\") { ratePercent }\n    }\n  }\n": typeof types.AssessmentScaleSeededDocument,
    "\n  query AssessmentScaleNotHeld { assessmentScale(name: \"1999-2001\") { name } }\n": typeof types.AssessmentScaleNotHeldDocument,
    "\n  query MatrixCredentials($id: ID!) {\n    node(id: $id) { __typename ... on Delegation { credentials { issuingAuthority authorisedBy documentKind receivedDate status } } }\n  }\n": typeof types.MatrixCredentialsDocument,
    "\n  query MatrixListedCredentials($code: String!) {\n    meetingByCode(code: $code) { delegations { edges { node { credentials { status } } } } }\n  }\n": typeof types.MatrixListedCredentialsDocument,
    "\n  query MatrixDelegates($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Delegation {\n        headOfDelegation { role givenName familyName }\n        members { role position salutation givenName familyName title email phone }\n      }\n    }\n  }\n": typeof types.MatrixDelegatesDocument,
    "\n  query ComplianceOfYear($year: Int!, $asOf: Date, $filter: ReportObligationFilter, $first: Int) {\n    reportingCompliance(year: $year, asOf: $asOf) {\n      year asOf recordsBeginOn total totals { onTime late overdue notYetDue notRecorded }\n      obligations(filter: $filter, first: $first) {\n        totalCount\n        edges { node { state { iso3 } kind periodYear dueOn dueOnOverridden receivedOn status report { id } } }\n      }\n    }\n  }\n": typeof types.ComplianceOfYearDocument,
    "\n  mutation ComplianceRecordsBegin($on: Date!) {\n    setReportRecordsBegin(reportRecordsBeginOn: $on) { __typename ... on MutationSetReportRecordsBeginSuccess { convention { reportRecordsBeginOn } } }\n  }\n": typeof types.ComplianceRecordsBeginDocument,
    "\n  mutation ComplianceRecordReport($input: RecordTransparencyReportInput!) {\n    recordTransparencyReport(input: $input) { __typename ... on MutationRecordTransparencyReportSuccess { report { id dueOn } } ... on Error { message } }\n  }\n": typeof types.ComplianceRecordReportDocument,
    "\n  query ComplianceStatesWithReports($first: Int) {\n    states(first: $first, filter: { status: STATE_PARTY, on: \"2024-05-15\" }) {\n      edges { node { iso3 treatyStatus { entryIntoForceOn } reports(first: 5) { totalCount edges { node { periodYear dueOn compliance(asOf: \"2024-05-15\") } } } } }\n    }\n  }\n": typeof types.ComplianceStatesWithReportsDocument,
    "\n  query ContributionsStatus($asOf: Date, $first: Int) {\n    contributionsStatus(asOf: $asOf) {\n      asOf dueDays totals { currency amountAssessed paid outstanding credit notYetDue underOneYear oneToTwoYears overTwoYears }\n      states(first: $first) {\n        totalCount\n        edges {\n          node {\n            state { iso3 }\n            totals { currency amountAssessed paid outstanding credit notYetDue underOneYear oneToTwoYears overTwoYears }\n            meetings { meeting { code } issueVersion issuedOn dueOn currency assessed amountAssessed paid outstanding credit arrearsAge }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ContributionsStatusDocument,
    "\n  mutation ContributionsRecordPayment($id: ID!, $input: RecordPaymentInput!) {\n    recordPayment(costShareId: $id, input: $input) { __typename ... on MutationRecordPaymentSuccess { payment { id } } }\n  }\n": typeof types.ContributionsRecordPaymentDocument,
    "\n  query ContributionsInArrears {\n    contributionsStatus(asOf: \"2024-07-05\") {\n      inArrears: states(inArrears: true) { edges { node { state { iso3 } } } }\n      upToDate: states(inArrears: false) { totalCount }\n    }\n  }\n": typeof types.ContributionsInArrearsDocument,
    "\n  query ContributionsOfStates {\n    che: state(iso3: \"CHE\") {\n      contributions {\n        totals { currency amountAssessed paid outstanding credit notYetDue underOneYear oneToTwoYears overTwoYears }\n        meetings { meeting { code } issueVersion issuedOn dueOn currency assessed amountAssessed paid outstanding credit arrearsAge }\n      }\n    }\n    nor: state(iso3: \"NOR\") { contributions { totals { currency } meetings { dueOn } } }\n  }\n": typeof types.ContributionsOfStatesDocument,
    "\n  query ContributionsOfAnUnknownConvention { contributionsStatus(convention: \"XYZ\") { asOf } }\n": typeof types.ContributionsOfAnUnknownConventionDocument,
    "\n  query ContributionsSwissPayments($payment: ID!) {\n    state(iso3: \"CHE\") { contributions { totals { currency outstanding } meetings { costShare { paid payments { totalCount edges { node { receivedOn amount reference } } } } } } }\n    node(id: $payment) { ... on Payment { amount } }\n  }\n": typeof types.ContributionsSwissPaymentsDocument,
    "\n  query ContributionsStatusOfStates($first: Int!) {\n    contributionsStatus { states(first: $first) { edges { node {\n      state { iso3 name } totals { outstanding } meetings { meeting { code title } costShare { amount ratePercent } arrearsAge }\n    } } } }\n  }\n": typeof types.ContributionsStatusOfStatesDocument,
    "\n  query ContributionsOfAPageOfStates($first: Int!) {\n    states(first: $first) { edges { node { iso3 contributions { totals { outstanding } meetings { meeting { code } } } } } }\n  }\n": typeof types.ContributionsOfAPageOfStatesDocument,
    "\n  fragment ConveningNoteDetailsMeeting on Meeting {\n    id code version venue city country venueFr cityFr countryFr delegationDeadline delegationDeadlineWeekdayAsIssued webPage\n    secretariatOffice { code }\n    conveningNote {\n      reference date addressees addresseesFr issuingOffice { code } mandateResolution { number }\n      deadlineWeekdayDisagreement { date weekdayAsIssued weekdayOfDate message }\n    }\n  }\n": typeof types.ConveningNoteDetailsMeetingFragmentDoc,
    "\n  mutation ConveningNoteDetailsCreate($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      __typename\n      ... on MutationCreateMeetingSuccess { meeting { ...ConveningNoteDetailsMeeting } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on Error { message }\n    }\n  }\n": typeof types.ConveningNoteDetailsCreateDocument,
    "\n  mutation ConveningNoteDetailsUpdate($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      __typename\n      ... on MutationUpdateMeetingSuccess { meeting { ...ConveningNoteDetailsMeeting } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on Error { message }\n    }\n  }\n": typeof types.ConveningNoteDetailsUpdateDocument,
    "\n  query ConveningNoteDetailsMeetingByCode($code: String!) { meetingByCode(code: $code) { ...ConveningNoteDetailsMeeting } }\n": typeof types.ConveningNoteDetailsMeetingByCodeDocument,
    "\n  query ConveningNoteDetailsNote($code: String!, $language: Language!) {\n    meetingByCode(code: $code) { conveningNoteVerbale(format: TEXT, language: $language) { content } }\n  }\n": typeof types.ConveningNoteDetailsNoteDocument,
    "\n  query ConveningNoteDetailsOfficesAndResolutions { offices { code } generalAssemblyResolutions { number conveningParagraph } }\n": typeof types.ConveningNoteDetailsOfficesAndResolutionsDocument,
    "\n  mutation ConveningCreate($input: CreateMeetingInput!) {\n    createMeeting(input: $input) { __typename ... on MutationCreateMeetingSuccess { meeting { id version status } } ... on Error { message } }\n  }\n": typeof types.ConveningCreateDocument,
    "\n  mutation ConveningConvene($id: ID!, $version: Int, $conveningDate: Date) {\n    conveneMeeting(id: $id, version: $version, conveningDate: $conveningDate) {\n      __typename\n      ... on MutationConveneMeetingSuccess { meeting { status convenedOn version invitations { totalCount } } }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { message allowed }\n      ... on Error { message }\n    }\n  }\n": typeof types.ConveningConveneDocument,
    "\n  query ConveningMeetingCode($id: ID!) { node(id: $id) { __typename ... on Meeting { code } } }\n": typeof types.ConveningMeetingCodeDocument,
    "\n  query ConveningInvitationsByCapacity($id: ID!) {\n    meeting(id: $id) {\n      invitationCounts { capacity count }\n      organisations: invitations(filter: { capacity: ORGANISATION_OF_RIGHT }) {\n        totalCount edges { node { capacity status participant { __typename ... on Organisation { acronym } } } }\n      }\n      parties: invitations(filter: { capacity: STATE_PARTY, status: ISSUED }, first: 2) {\n        totalCount edges { node { participant { __typename ... on State { iso3 name } } } }\n      }\n    }\n  }\n": typeof types.ConveningInvitationsByCapacityDocument,
    "\n  query ConveningOrganisationsOfRight($id: ID!) {\n    meeting(id: $id) {\n      invitations(first: 100, filter: { capacity: ORGANISATION_OF_RIGHT }) {\n        edges { node { capacity participant { __typename ... on State { name } ... on Organisation { name } } } }\n      }\n    }\n  }\n": typeof types.ConveningOrganisationsOfRightDocument,
    "\n  query ConveningFirstThreeStates($id: ID!) {\n    meeting(id: $id) { invitations(first: 3) { edges { node { participant { __typename ... on State { name } } } } } }\n  }\n": typeof types.ConveningFirstThreeStatesDocument,
    "\n  mutation ConveningCancel($id: ID!) { changeMeetingStatus(id: $id, version: 1, status: CANCELLED) { __typename } }\n": typeof types.ConveningCancelDocument,
    "\n  mutation CostSharesOnRealScalesRecordParticipants($meetingId: ID!, $input: RecordMeetingParticipantsInput!) {\n    recordMeetingParticipants(meetingId: $meetingId, input: $input) {\n      __typename\n      ... on MutationRecordMeetingParticipantsSuccess {\n        invitations { capacity participationRecordedAt participant { ... on State { iso3 } } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CostSharesOnRealScalesRecordParticipantsDocument,
    "\n  mutation CostSharesOnRealScalesSetEstimate($meetingId: ID!, $input: SetCostEstimateInput!) {\n    setCostEstimate(meetingId: $meetingId, input: $input) { __typename }\n  }\n": typeof types.CostSharesOnRealScalesSetEstimateDocument,
    "\n  mutation CostSharesOnRealScalesIssue($meetingId: ID!, $input: IssueCostSharesInput!) {\n    issueCostShares(meetingId: $meetingId, input: $input) {\n      __typename\n      ... on MutationIssueCostSharesSuccess { costShareIssue { id total scale { name } scaleOverrideReason } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CostSharesOnRealScalesIssueDocument,
    "\n  fragment CostSharesOnRealScalesShare on CostShare { id state { iso3 } assessed ratePercent sharePercent amount }\n": typeof types.CostSharesOnRealScalesShareFragmentDoc,
    "\n  query CostSharesOnRealScalesShares($id: ID!, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on CostShareIssue {\n        shares(first: 100, after: $after) {\n          totalCount pageInfo { hasNextPage endCursor } edges { node { ...CostSharesOnRealScalesShare } }\n        }\n      }\n    }\n  }\n": typeof types.CostSharesOnRealScalesSharesDocument,
    "\n  query CostSharesOnRealScalesNotice($id: ID!, $language: Language) {\n    node(id: $id) { __typename ... on CostShare { assessmentNotice(format: TEXT, language: $language) { content } } }\n  }\n": typeof types.CostSharesOnRealScalesNoticeDocument,
    "\n  mutation CostSharesImportScale($input: ImportAssessmentScaleInput!) { importAssessmentScale(input: $input) { __typename } }\n": typeof types.CostSharesImportScaleDocument,
    "\n  mutation CostSharesSetEstimate($meetingId: ID!, $input: SetCostEstimateInput!) {\n    setCostEstimate(meetingId: $meetingId, input: $input) {\n      __typename\n      ... on MutationSetCostEstimateSuccess {\n        costEstimate { id version kind currency total lines { totalCount edges { node { position description amount } } } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n": typeof types.CostSharesSetEstimateDocument,
    "\n  fragment CostSharesShare on CostShare {\n    id state { iso3 } assessed ratePercent sharePercent amount currency paid outstanding credit\n  }\n": typeof types.CostSharesShareFragmentDoc,
    "\n  mutation CostSharesIssue($meetingId: ID!, $input: IssueCostSharesInput!) {\n    issueCostShares(meetingId: $meetingId, input: $input) {\n      __typename\n      ... on MutationIssueCostSharesSuccess {\n        costShareIssue {\n          id version payerRule ceilingAndFloorReapplied currency total superseded scaleOverrideReason estimate { version }\n          scale { name } shares(first: 100) { totalCount edges { node { ...CostSharesShare } } }\n        }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on Error { message }\n    }\n  }\n": typeof types.CostSharesIssueDocument,
    "\n  mutation CostSharesRecordPayment($costShareId: ID!, $input: RecordPaymentInput!) {\n    recordPayment(costShareId: $costShareId, input: $input) {\n      __typename\n      ... on MutationRecordPaymentSuccess {\n        payment { id amount currency receivedOn reference costShare { paid outstanding } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n": typeof types.CostSharesRecordPaymentDocument,
    "\n  query CostSharesMeetingEstimates($id: ID!) {\n    node(id: $id) {\n      ... on Meeting { costEstimate { version kind total } costEstimates { totalCount edges { node { version } } } }\n    }\n  }\n": typeof types.CostSharesMeetingEstimatesDocument,
    "\n  query CostSharesMeetingCurrentIssue($id: ID!) {\n    node(id: $id) {\n      ... on Meeting {\n        costShares {\n          version paid outstanding\n          unassessed: shares(filter: { assessed: false }) { totalCount edges { node { state { iso3 } } } }\n        }\n        costShareIssues { totalCount }\n      }\n    }\n  }\n": typeof types.CostSharesMeetingCurrentIssueDocument,
    "\n  query CostSharesIssueAndMeetingVersions($id: ID!, $meeting: ID!) {\n    node(id: $id) { ... on CostShareIssue { version superseded total estimate { version } } }\n    meeting: node(id: $meeting) {\n      ... on Meeting { costShares { version } costShareIssues { edges { node { version superseded } } } }\n    }\n  }\n": typeof types.CostSharesIssueAndMeetingVersionsDocument,
    "\n  query CostSharesWithPayments($id: ID!) {\n    node(id: $id) {\n      ... on Meeting {\n        costShares {\n          paid outstanding\n          shares(first: 100) {\n            edges {\n              node {\n                state { iso3 } amount paid outstanding credit currency issue { version }\n                payments { totalCount edges { node { amount receivedOn } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CostSharesWithPaymentsDocument,
    "\n  query CostSharesSharePayments($id: ID!, $meeting: ID!) {\n    node(id: $id) {\n      ... on CostShare { paid outstanding payments { totalCount edges { node { amount receivedOn reference } } } }\n    }\n    meeting: node(id: $meeting) { ... on Meeting { costShares { paid outstanding } } }\n    state(iso3: \"CHE\") { costShares(first: 100) { edges { node { id } } } }\n  }\n": typeof types.CostSharesSharePaymentsDocument,
    "\n  fragment CostSharesSharesPage on CostShareConnection {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { id state { iso3 } standing paid outstanding } }\n  }\n": typeof types.CostSharesSharesPageFragmentDoc,
    "\n  query CostSharesIssueShares($id: ID!, $filter: CostShareFilter, $first: Int, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on Meeting {\n        costShares { shares(filter: $filter, first: $first, after: $after) { ...CostSharesSharesPage } }\n      }\n    }\n  }\n": typeof types.CostSharesIssueSharesDocument,
    "\n  query CostSharesStateShares($iso3: String!, $filter: StateCostShareFilter) {\n    state(iso3: $iso3) {\n      costShares(filter: $filter, first: 100) { totalCount edges { node { id standing issue { superseded } } } }\n    }\n  }\n": typeof types.CostSharesStateSharesDocument,
    "\n  mutation TimelinessMoveDeadline($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.TimelinessMoveDeadlineDocument,
    "\n  query TimelinessRead($meeting: ID!, $delegation: ID!) {\n    meeting(id: $meeting) {\n      delegationDeadline\n      late: delegations(filter: { timeliness: LATE }) { totalCount edges { node { id } } }\n      onTime: delegations(filter: { timeliness: ON_TIME }) { totalCount edges { node { id } } }\n    }\n    delegation: node(id: $delegation) {\n      __typename\n      ... on Delegation { timeliness amendedAfterDeadline changes { edges { node { version afterDeadline } } } }\n    }\n  }\n": typeof types.TimelinessReadDocument,
    "\n  query DelegationChangesAfterDeadline($id: ID!) {\n    node(id: $id) { __typename ... on Delegation { changes { edges { node { afterDeadline } } } } }\n  }\n": typeof types.DelegationChangesAfterDeadlineDocument,
    "\n  mutation DelegationSubmitForADelegationId($input: DelegationInput!) {\n    submitDelegation(invitationId: \"RGVsZWdhdGlvbjowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA=\", input: $input) {\n      __typename\n      ... on ValidationError { issues { path } }\n    }\n  }\n": typeof types.DelegationSubmitForADelegationIdDocument,
    "\n  query DelegationChangesWithVersions($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Delegation { changes { totalCount edges { node { version afterDeadline } } } }\n    }\n  }\n": typeof types.DelegationChangesWithVersionsDocument,
    "\n  query DelegationsByTimeliness($meeting: ID!, $invitation: ID!) {\n    meeting: node(id: $meeting) {\n      __typename\n      ... on Meeting {\n        all: delegations { totalCount }\n        late: delegations(filter: { timeliness: LATE }) { totalCount edges { node { timeliness } } }\n        onTime: delegations(filter: { timeliness: ON_TIME }) { totalCount }\n      }\n    }\n    invitation: node(id: $invitation) { __typename ... on Invitation { delegation { id } } }\n    state(iso3: \"NOR\") { delegations { totalCount } }\n  }\n": typeof types.DelegationsByTimelinessDocument,
    "\n  query DelegationParticipants($meeting: ID!) {\n    meeting(id: $meeting) {\n      delegations { edges { node { participant { __typename ... on State { iso3 } ... on Organisation { acronym name } } } } }\n    }\n  }\n": typeof types.DelegationParticipantsDocument,
    "\n  query DelegationChangesCount($id: ID!) { node(id: $id) { __typename ... on Delegation { changes { totalCount } } } }\n": typeof types.DelegationChangesCountDocument,
    "\n  query DocumentsConveningNote($code: String!, $format: LetterFormat, $language: Language) {\n    meetingByCode(code: $code) {\n      id\n      version\n      conveningNoteVerbale(format: $format, language: $language) { content mediaType fileName }\n    }\n  }\n": typeof types.DocumentsConveningNoteDocument,
    "\n  query DocumentsListOfParticipants(\n    $code: String!\n    $variant: ListOfParticipantsVariant\n    $format: ListOfParticipantsFormat\n    $language: Language\n  ) {\n    meetingByCode(code: $code) {\n      listOfParticipants(variant: $variant, format: $format, language: $language) { content mediaType fileName }\n    }\n  }\n": typeof types.DocumentsListOfParticipantsDocument,
    "\n  query DocumentsAssessmentNotice($id: ID!, $format: LetterFormat, $language: Language) {\n    node(id: $id) {\n      __typename\n      ... on CostShare { assessmentNotice(format: $format, language: $language) { content mediaType fileName } }\n    }\n  }\n": typeof types.DocumentsAssessmentNoticeDocument,
    "\n  query DocumentsReportReminder($iso3: String!, $kind: ReportKind!, $year: Int!, $date: Date, $language: Language) {\n    state(iso3: $iso3) {\n      reportReminder(\n        kind: $kind\n        periodYear: $year\n        reference: \"ODA/2024-00123\"\n        date: $date\n        issuingOffice: \"ODA\"\n        submissionOffice: \"ODA-GENEVA\"\n        language: $language\n      ) { content fileName }\n    }\n  }\n": typeof types.DocumentsReportReminderDocument,
    "\n  query DocumentsMeetingNoteFileNames($first: Int!) {\n    meetings(first: $first) { edges { node { code conveningNoteVerbale { fileName } } } }\n  }\n": typeof types.DocumentsMeetingNoteFileNamesDocument,
    "\n  query DocumentsOfTheEleventhMeeting {\n    meetingByCode(code: \"11MSP\") {\n      documents(first: 5) { totalCount edges { node { symbol title kind languages status issuedOn url } } }\n    }\n  }\n": typeof types.DocumentsOfTheEleventhMeetingDocument,
    "\n  query DocumentsLanguagesAtTheEleventhMeeting {\n    meetingByCode(code: \"11MSP\") { documents(first: 5) { edges { node { symbol languages } } } }\n  }\n": typeof types.DocumentsLanguagesAtTheEleventhMeetingDocument,
    "\n  mutation DocumentsUpdateMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.DocumentsUpdateMeetingDocument,
    "\n  mutation ErrorCodesApplyToUnknownMeeting($meetingId: ID!) {\n    applyToObserve(\n      meetingId: $meetingId\n      input: {\n        organisationName: \"Demining Aid\"\n        acronym: \"DA\"\n        kind: \"NGO\"\n        contactName: \"A. Person\"\n        contactEmail: \"a.person@example.org\"\n        motivation: \"The organisation clears cluster munition remnants in the region.\"\n      }\n    ) { __typename ... on Error { code } }\n  }\n": typeof types.ErrorCodesApplyToUnknownMeetingDocument,
    "\n  mutation HistoricalReportsImport($input: ImportHistoricalReportsInput!, $convention: String) {\n    importHistoricalReports(input: $input, convention: $convention) {\n      __typename\n      ... on MutationImportHistoricalReportsSuccess { result { imported reports { kind periodYear dueOn receivedOn channel state { iso3 } } } }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n": typeof types.HistoricalReportsImportDocument,
    "\n  mutation HistoricalReportsSetRecordsBegin($on: Date!, $convention: String) {\n    setReportRecordsBegin(reportRecordsBeginOn: $on, convention: $convention) {\n      __typename\n      ... on MutationSetReportRecordsBeginSuccess { convention { reportRecordsBeginOn } }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n": typeof types.HistoricalReportsSetRecordsBeginDocument,
    "\n  query HistoricalReportsCompliance($year: Int!, $asOf: Date) {\n    reportingCompliance(year: $year, asOf: $asOf) {\n      totals { onTime late overdue notYetDue notRecorded }\n      obligations(first: 100) { edges { node { state { iso3 } kind status receivedOn } } }\n    }\n  }\n": typeof types.HistoricalReportsComplianceDocument,
    "\n  query HotReadsStatesParties($on: Date!, $first: Int, $after: String, $last: Int, $before: String) {\n    states(filter: { status: STATE_PARTY, on: $on }, first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id iso3 iso2 name nameFr: name(language: FR) unShortName unStatus regionalGroup standing(on: $on) { date status entryIntoForce withdrawalEffective depositedNotYetInForce withdrawalPending } treatyStatus { id signedOn depositedOn instrument entryIntoForceOn withdrawalNotifiedOn withdrawalEffectiveOn } } }\n    }\n  }\n": typeof types.HotReadsStatesPartiesDocument,
    "\n  query HotReadsAllStates($first: Int!, $after: String) {\n    states(first: $first, after: $after) { edges { cursor node { iso3 names { en zh } treatyStatus(convention: \"APMBC\") { depositedOn } standing(on: \"2020-01-01\", convention: \"APMBC\") { status } } } }\n  }\n": typeof types.HotReadsAllStatesDocument,
    "\n  query HotReadsMeetingDelegations($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    meeting(id: $id) {\n      invitations(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { cursor node { participant { ... on State { iso3 name } } delegation { members { givenName familyName role } } } }\n      }\n    }\n  }\n": typeof types.HotReadsMeetingDelegationsDocument,
    "\n  query HotReadsMeetingInFull($id: ID!, $first: Int, $after: String) {\n    meeting(id: $id) {\n      id code kind number part title opensOn closesOn venue city country venueFr cityFr countryFr timeZone presidentName status convenedOn\n      delegationDeadline delegationDeadlineWeekdayAsIssued reportingDeadline webPage symbolPrefix version updatedAt conveningNote { reference date }\n      invitations(first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node {\n          id capacity status decisionNote\n          participant { __typename ... on State { id iso3 iso2 name nameFr: name(language: FR) unShortName unStatus regionalGroup } ... on Organisation { acronym } }\n          delegation { id version publicListConsent headOfDelegation { role position givenName } members { role position salutation givenName familyName title email phone } }\n        } }\n      }\n    }\n  }\n": typeof types.HotReadsMeetingInFullDocument,
    "\n  query HotReadsStatePartiesInvited($id: ID!) {\n    meeting(id: $id) { invitations(first: 10, filter: { capacity: STATE_PARTY }) { totalCount edges { node { participant { ... on State { iso3 } } delegation { members { givenName } } } } } }\n  }\n": typeof types.HotReadsStatePartiesInvitedDocument,
    "\n  query HotReadsFirstInvitationCursor($id: ID!) { meeting(id: $id) { invitations(first: 1) { edges { cursor } } } }\n": typeof types.HotReadsFirstInvitationCursorDocument,
    "\n  query HotReadsTypename { __typename }\n": typeof types.HotReadsTypenameDocument,
    "\n  query NightlySync($since: DateTime, $after: String, $meetingsAfter: String, $reportsAfter: String) {\n    states(first: 100, after: $after, filter: { updatedSince: $since }) { pageInfo { hasNextPage endCursor } edges { node { iso3 updatedAt } } }\n    meetings(first: 100, after: $meetingsAfter, filter: { updatedSince: $since }) { pageInfo { hasNextPage endCursor } edges { node { code updatedAt } } }\n    transparencyReports(first: 100, after: $reportsAfter, filter: { updatedSince: $since }) { pageInfo { hasNextPage endCursor } edges { node { id updatedAt } } }\n  }\n": typeof types.NightlySyncDocument,
    "\n  mutation SyncRecordTreatyAction($input: RecordTreatyActionInput!) {\n    recordTreatyAction(input: $input) { __typename ... on MutationRecordTreatyActionSuccess { treatyRecord { updatedAt state { updatedAt } } } }\n  }\n": typeof types.SyncRecordTreatyActionDocument,
    "\n  query SyncMeeting($code: String!) { meetingByCode(code: $code) { id version updatedAt } }\n": typeof types.SyncMeetingDocument,
    "\n  mutation SyncUpdateMeeting($id: ID!, $version: Int!) {\n    updateMeeting(id: $id, version: $version, input: { webPage: \"https://www.clusterconvention.org/11msp-updated\" }) {\n      __typename ... on MutationUpdateMeetingSuccess { meeting { code updatedAt } }\n    }\n  }\n": typeof types.SyncUpdateMeetingDocument,
    "\n  mutation SyncRecordReport($input: RecordTransparencyReportInput!) {\n    recordTransparencyReport(input: $input) { __typename ... on MutationRecordTransparencyReportSuccess { report { id version } } }\n  }\n": typeof types.SyncRecordReportDocument,
    "\n  mutation SyncPublishReport($reportId: ID!, $version: Int!) {\n    publishReport(reportId: $reportId, version: $version) { __typename ... on MutationPublishReportSuccess { report { id updatedAt } } }\n  }\n": typeof types.SyncPublishReportDocument,
    "\n  mutation CapacityRecordTreatyAction($input: RecordTreatyActionInput!) {\n    recordTreatyAction(input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.CapacityRecordTreatyActionDocument,
    "\n  query CapacityOfInvitation($id: ID!) {\n    node(id: $id) { __typename ... on Invitation { capacity delegation { id } capacityChanges { changedAt previousCapacity capacity standingOn cause } } }\n  }\n": typeof types.CapacityOfInvitationDocument,
    "\n  mutation CapacityMoveMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.CapacityMoveMeetingDocument,
    "\n  query NamesInLanguages {\n    state(iso3: \"NOR\") { en: name ar: name(language: AR) fr: name(language: FR) }\n    organisations(first: 100) { edges { node { acronym en: name fr: name(language: FR) es: name(language: ES) } } }\n  }\n": typeof types.NamesInLanguagesDocument,
    "\n  query EleventhMeeting {\n    meetingByCode(code: \"11MSP\") {\n      title opensOn closesOn venue city timeZone delegationDeadline reportingDeadline status\n      conveningNote { reference date issuingOffice { name } mandateResolution { number adoptedOn } }\n      secretariatOffice { email }\n    }\n  }\n": typeof types.EleventhMeetingDocument,
    "\n  query StatesPartiesOn($on: Date!) {\n    states(filter: { status: STATE_PARTY, on: $on }, first: 100) { totalCount edges { node { iso3 } } }\n  }\n": typeof types.StatesPartiesOnDocument,
    "\n  query StatesWithStatus($status: TreatyStatus!, $on: Date!, $after: String) {\n    states(filter: { status: $status, on: $on }, first: 100, after: $after) {\n      totalCount edges { node { iso3 } } pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.StatesWithStatusDocument,
    "\n  query StandingsOn($on: Date!, $after: String) {\n    states(first: 100, after: $after) { edges { node { iso3 standing(on: $on) { status } } } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.StandingsOnDocument,
    "\n  query LithuaniaTreatyRecord {\n    state(iso3: \"ltu\") {\n      name(language: FR)\n      treatyStatus { depositedOn entryIntoForceOn withdrawalEffectiveOn }\n      before: standing(on: \"2025-03-05\") { status withdrawalPending }\n      after: standing(on: \"2025-03-06\") { status }\n    }\n  }\n": typeof types.LithuaniaTreatyRecordDocument,
    "\n  query StateNamesInThreeLanguages {\n    states(first: 100) { edges { node { iso3 en: name fr: name(language: FR) zh: name(language: ZH) } } }\n  }\n": typeof types.StateNamesInThreeLanguagesDocument,
    "\n  query FullPageOfStates {\n    states(first: 100) { totalCount edges { cursor } }\n  }\n": typeof types.FullPageOfStatesDocument,
    "\n  mutation MeetingsCreate($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      __typename\n      ... on MutationCreateMeetingSuccess {\n        meeting { id code title status version presidentName presidentState { iso3 } conveningNote { reference date issuingOffice { code } } secretariatOffice { code } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on ConflictError { message allowed }\n      ... on Error { message }\n    }\n  }\n": typeof types.MeetingsCreateDocument,
    "\n  mutation MeetingsUpdate($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      __typename\n      ... on MutationUpdateMeetingSuccess {\n        meeting { id code title status version presidentName presidentState { iso3 } conveningNote { reference date issuingOffice { code } } secretariatOffice { code } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on ConflictError { message allowed }\n      ... on Error { message }\n    }\n  }\n": typeof types.MeetingsUpdateDocument,
    "\n  mutation MeetingsChangeStatus($id: ID!, $version: Int!, $status: MeetingStatus!) {\n    changeMeetingStatus(id: $id, version: $version, status: $status) {\n      __typename\n      ... on MutationChangeMeetingStatusSuccess {\n        meeting { id code title status version presidentName presidentState { iso3 } conveningNote { reference date issuingOffice { code } } secretariatOffice { code } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on ConflictError { message allowed }\n      ... on Error { message }\n    }\n  }\n": typeof types.MeetingsChangeStatusDocument,
    "\n  query MeetingsFoundMissingMalformed($id: ID!, $missing: ID!) {\n    found: meeting(id: $id) { code }\n    missing: meeting(id: $missing) { code }\n    malformed: meeting(id: \"nonsense\") { code }\n  }\n": typeof types.MeetingsFoundMissingMalformedDocument,
    "\n  query MeetingsCityAndVersion($id: ID!) { meeting(id: $id) { city version } }\n": typeof types.MeetingsCityAndVersionDocument,
    "\n  mutation MeetingsConvene($id: ID!) { conveneMeeting(id: $id) { __typename } }\n": typeof types.MeetingsConveneDocument,
    "\n  mutation ObserverApply($meetingId: ID!, $applicant: ObserverApplicantInput!, $motivation: String!) {\n    applyAsObserver(meetingId: $meetingId, applicant: $applicant, motivation: $motivation) {\n      __typename\n      ... on MutationApplyAsObserverSuccess { invitation { id capacity status requestedAt motivation participant { __typename ... on Organisation { id acronym name } } } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n": typeof types.ObserverApplyDocument,
    "\n  mutation ObserverDecide($invitationId: ID!, $decision: ObserverDecision!, $note: String) {\n    decideObserverApplication(invitationId: $invitationId, decision: $decision, note: $note) {\n      __typename\n      ... on MutationDecideObserverApplicationSuccess { invitation { status decidedAt decisionNote } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on ConflictError { message allowed }\n      ... on Error { message }\n    }\n  }\n": typeof types.ObserverDecideDocument,
    "\n  mutation ObserverDraftMeeting($number: Int!) {\n    createMeeting(\n      input: { conventionCode: \"CCM\", kind: INTERSESSIONAL, number: $number, opensOn: \"2026-06-01\", closesOn: \"2026-06-02\"\n        venue: \"Palais des Nations\", city: \"Geneva\", timeZone: \"Europe/Zurich\", symbolPrefix: \"CCM/MSP/2026\" }\n    ) { __typename ... on MutationCreateMeetingSuccess { meeting { id } } }\n  }\n": typeof types.ObserverDraftMeetingDocument,
    "\n  query ObserverApplicationsRequested($id: ID!) {\n    meeting(id: $id) { observerApplications(filter: { status: REQUESTED }) { totalCount edges { node { id motivation } } } }\n  }\n": typeof types.ObserverApplicationsRequestedDocument,
    "\n  query ObserverEleventhMeeting { meetingByCode(code: \"11MSP\") { id } }\n": typeof types.ObserverEleventhMeetingDocument,
    "\n  query ObserverInvitationCounts($id: ID!) { meeting(id: $id) { invitationCounts { capacity count } } }\n": typeof types.ObserverInvitationCountsDocument,
    "\n  mutation PublicApply($meetingId: ID!, $input: PublicObserverApplicationInput!) {\n    applyToObserve(meetingId: $meetingId, input: $input) {\n      __typename\n      ... on MutationApplyToObserveSuccess { receipt { receivedAt } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n": typeof types.PublicApplyDocument,
    "\n  mutation PublicDecide($invitationId: ID!, $decision: ObserverDecision!, $note: String) {\n    decideObserverApplication(invitationId: $invitationId, decision: $decision, note: $note) {\n      __typename\n      ... on ValidationError { issues { path } }\n    }\n  }\n": typeof types.PublicDecideDocument,
    "\n  query PublicApplications($id: ID!) {\n    meeting(id: $id) {\n      observerApplications {\n        edges {\n          node {\n            id status contactName contactEmail motivation participant { __typename ... on Organisation { acronym name } }\n            statusHistory { status at note }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PublicApplicationsDocument,
    "\n  mutation PublicMeeting {\n    createMeeting(\n      input: { conventionCode: \"CCM\", kind: INTERSESSIONAL, number: 7, opensOn: \"2026-06-01\", closesOn: \"2026-06-02\"\n        venue: \"Palais des Nations\", city: \"Geneva\", timeZone: \"Europe/Zurich\", symbolPrefix: \"CCM/MSP/2026\" }\n    ) { __typename ... on MutationCreateMeetingSuccess { meeting { id } } }\n  }\n": typeof types.PublicMeetingDocument,
    "\n  query PublicEleventhMeeting { meetingByCode(code: \"11MSP\") { id } }\n": typeof types.PublicEleventhMeetingDocument,
    "\n  query QueryCountsMeetingsWithDelegations {\n    meetings(first: 5, filter: { year: 2023 }) { edges { node {\n      code\n      invitations(first: 50) { totalCount edges { node {\n        capacity\n        participant { __typename ... on State { iso3 } ... on Organisation { acronym } }\n        delegation { timeliness members { role givenName } }\n      } } }\n    } } }\n  }\n": typeof types.QueryCountsMeetingsWithDelegationsDocument,
    "\n  query QueryCountsMeetingDelegations($id: ID!, $first: Int!) {\n    meeting(id: $id) { invitations(first: $first) { edges { node { participant { ... on State { iso3 name } } delegation { members { givenName familyName role } } } } } }\n  }\n": typeof types.QueryCountsMeetingDelegationsDocument,
    "\n  query QueryCountsStatesWithRecords($first: Int!) {\n    states(first: $first) { edges { node {\n      iso3\n      treatyStatus { depositedOn }\n      reports { totalCount edges { node { kind periodYear } } }\n    } } }\n  }\n": typeof types.QueryCountsStatesWithRecordsDocument,
    "\n  query QueryCountsComplianceWithReports($first: Int!) {\n    reportingCompliance(year: 2025, asOf: \"2026-11-28\") {\n      obligations(first: $first) { edges { node { state { iso3 name } status report { id kind forms { letter } } } } }\n    }\n  }\n": typeof types.QueryCountsComplianceWithReportsDocument,
    "\n    query QueryCountsStatesTotal { states { totalCount } }\n  ": typeof types.QueryCountsStatesTotalDocument,
    "\n    query QueryCountsMeetingsTotal { meetings { totalCount } }\n  ": typeof types.QueryCountsMeetingsTotalDocument,
    "\n    query QueryCountsTransparencyReportsTotal { transparencyReports { totalCount } }\n  ": typeof types.QueryCountsTransparencyReportsTotalDocument,
    "\n    query QueryCountsOrganisationsTotal { organisations { totalCount } }\n  ": typeof types.QueryCountsOrganisationsTotalDocument,
    "\n    query QueryCountsConventionsTotal { conventions { totalCount } }\n  ": typeof types.QueryCountsConventionsTotalDocument,
    "\n  query QueryCountsTypename { __typename }\n": typeof types.QueryCountsTypenameDocument,
    "\n  query RateLimitCostOneState { state(iso3: \"NOR\") { iso3 name } }\n": typeof types.RateLimitCostOneStateDocument,
    "\n  query RateLimitCostHundredStates { states(first: 100) { edges { node { iso3 name } } } }\n": typeof types.RateLimitCostHundredStatesDocument,
    "\n  query RateLimitCostRateLimitAndHundredStates {\n    rateLimit { cost limit remaining resetAt }\n    states(first: 100) { edges { node { iso3 name } } }\n  }\n": typeof types.RateLimitCostRateLimitAndHundredStatesDocument,
    "\n  query RateLimitCostStatesWithDelegations {\n    states(first: 100) { edges { node { iso3 delegations(first: 20) { edges { node { id submittedAt } } } } } }\n  }\n": typeof types.RateLimitCostStatesWithDelegationsDocument,
    "\n  query RateLimitCostMeetingsWithInvitations {\n    meetings(first: 100) { edges { node { invitations(first: 100) { edges { node { id } } } } } }\n  }\n": typeof types.RateLimitCostMeetingsWithInvitationsDocument,
    "\n  query ConcurrencyReadVersion($id: ID!) { node(id: $id) { ... on Delegation { version } } }\n": typeof types.ConcurrencyReadVersionDocument,
    "\n  mutation DatabaseRestartAmend($id: ID!, $v: Int!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $id, version: $v, input: $input) { __typename ... on MutationAmendDelegationSuccess { delegation { version } } }\n  }\n": typeof types.DatabaseRestartAmendDocument,
    "\n  query DatabaseRestartStates { states(first: 3) { totalCount edges { node { iso3 } } } }\n": typeof types.DatabaseRestartStatesDocument,
    "\n  mutation DatabaseRestartSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { __typename ... on MutationSignInSuccess { session { token } } }\n  }\n": typeof types.DatabaseRestartSignInDocument,
    "\n  query DatabaseRestartTypename { __typename }\n": typeof types.DatabaseRestartTypenameDocument,
    "\n  mutation FaultsImportScale($input: ImportAssessmentScaleInput!) {\n    importAssessmentScale(input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.FaultsImportScaleDocument,
    "\n  mutation FaultsAmendFirstVersion($id: ID!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $id, version: 1, input: $input) { __typename }\n  }\n": typeof types.FaultsAmendFirstVersionDocument,
    "\n  mutation FaultsAmend($id: ID!, $v: Int!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $id, version: $v, input: $input) { __typename }\n  }\n": typeof types.FaultsAmendDocument,
    "\n  query FaultsStatesPage {\n    states(first: 100) { totalCount edges { node { iso3 name regionalGroup unStatus treatyStatus { __typename } } } }\n  }\n": typeof types.FaultsStatesPageDocument,
    "\n  query FaultsTypename { __typename }\n": typeof types.FaultsTypenameDocument,
    "\n  mutation FaultsAmendAndReadVersion($id: ID!, $v: Int!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $id, version: $v, input: $input) { __typename ... on MutationAmendDelegationSuccess { delegation { version } } }\n  }\n": typeof types.FaultsAmendAndReadVersionDocument,
    "\n  mutation FaultsSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { ... on MutationSignInSuccess { session { token } } }\n  }\n": typeof types.FaultsSignInDocument,
    "\n  mutation IdempotencyRecordPayment($costShareId: ID!, $input: RecordPaymentInput!, $key: String) {\n    recordPayment(costShareId: $costShareId, input: $input, idempotencyKey: $key) {\n      __typename\n      ... on MutationRecordPaymentSuccess { payment { id amount reference } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.IdempotencyRecordPaymentDocument,
    "\n  mutation IdempotencySetEstimate($meetingId: ID!, $input: SetCostEstimateInput!, $key: String) {\n    setCostEstimate(meetingId: $meetingId, input: $input, idempotencyKey: $key) {\n      __typename\n      ... on MutationSetCostEstimateSuccess { costEstimate { id version } }\n      ... on Error { message }\n    }\n  }\n": typeof types.IdempotencySetEstimateDocument,
    "\n  query IdempotencyMutationArguments { __type(name: \"Mutation\") { fields { name args { name description } } } }\n": typeof types.IdempotencyMutationArgumentsDocument,
    "\n  fragment IsolationPerson on DelegationMember { role salutation givenName familyName title email phone }\n": typeof types.IsolationPersonFragmentDoc,
    "\n  fragment IsolationDelegates on Delegation {\n    id\n    headOfDelegation { ...IsolationPerson }\n    members { ...IsolationPerson }\n    changes { totalCount edges { node { changedByName before after } } }\n  }\n": typeof types.IsolationDelegatesFragmentDoc,
    "\n  fragment IsolationReportList on TransparencyReportConnection { totalCount edges { node { id forms { letter status } } } }\n": typeof types.IsolationReportListFragmentDoc,
    "\n  query IsolationListOfParticipants($id: ID!, $variant: ListOfParticipantsVariant!, $format: ListOfParticipantsFormat!) {\n    meeting(id: $id) { listOfParticipants(variant: $variant, format: $format) { content } }\n  }\n": typeof types.IsolationListOfParticipantsDocument,
    "\n  query IsolationReportsOfStateYearKind {\n    transparencyReports(filter: { state: \"CHE\", year: 2025, kind: ANNUAL }) { ...IsolationReportList }\n  }\n": typeof types.IsolationReportsOfStateYearKindDocument,
    "\n  query IsolationReportsOnTime($asOf: Date!) {\n    transparencyReports(filter: { compliance: ON_TIME, asOf: $asOf }) { ...IsolationReportList }\n  }\n": typeof types.IsolationReportsOnTimeDocument,
    "\n  query IsolationStateReports { state(iso3: \"CHE\") { reports { ...IsolationReportList } } }\n": typeof types.IsolationStateReportsDocument,
    "\n  query IsolationComplianceReports($asOf: Date!) {\n    reportingCompliance(year: 2026, asOf: $asOf) {\n      obligations(first: 100) { edges { node { state { iso3 } report { id forms { letter status } } } } }\n    }\n  }\n": typeof types.IsolationComplianceReportsDocument,
    "\n  query IsolationNodesOfAdminRecords($ids: [ID!]!) { nodes(ids: $ids) { id ... on AuditEvent { after } ... on User { email } } }\n": typeof types.IsolationNodesOfAdminRecordsDocument,
    "\n        query IsolationNodesOfDelegation($ids: [ID!]!) {\n          nodes(ids: $ids) { ...IsolationDelegates ... on Invitation { delegation { ...IsolationDelegates } } }\n        }\n      ": typeof types.IsolationNodesOfDelegationDocument,
    "\n        query IsolationMeetingDelegations($id: ID!) {\n          meeting(id: $id) { delegations(first: 100) { edges { node { ...IsolationDelegates } } } }\n        }\n      ": typeof types.IsolationMeetingDelegationsDocument,
    "\n        query IsolationLateDelegations($code: String!) {\n          meetingByCode(code: $code) { delegations(filter: { timeliness: LATE }) { edges { node { ...IsolationDelegates } } } }\n        }\n      ": typeof types.IsolationLateDelegationsDocument,
    "\n        query IsolationInvitationDelegations($id: ID!) {\n          meeting(id: $id) { invitations(first: 100) { edges { node { delegation { ...IsolationDelegates } } } } }\n        }\n      ": typeof types.IsolationInvitationDelegationsDocument,
    "\n        query IsolationMeetingsDelegations {\n          meetings(filter: { year: 2023 }, first: 5) { edges { node { delegations(first: 5) { edges { node { ...IsolationDelegates } } } } } }\n        }\n      ": typeof types.IsolationMeetingsDelegationsDocument,
    "\n        query IsolationStateDelegations { state(iso3: \"CHE\") { delegations { edges { node { ...IsolationDelegates } } } } }\n      ": typeof types.IsolationStateDelegationsDocument,
    "\n        query IsolationSearchedStatesDelegations {\n          states(filter: { search: \"Switzerland\" }, first: 5) { edges { node { delegations(first: 10) { edges { node { ...IsolationDelegates } } } } } }\n        }\n      ": typeof types.IsolationSearchedStatesDelegationsDocument,
    "\n        query IsolationOwnStateDelegations { me { state { delegations { edges { node { ...IsolationDelegates } } } } } }\n      ": typeof types.IsolationOwnStateDelegationsDocument,
    "\n        mutation IsolationAmendOwnDelegation($id: ID!, $version: Int!, $input: DelegationInput!) {\n          amendDelegation(delegationId: $id, version: $version, input: $input) {\n            __typename\n            ... on MutationAmendDelegationSuccess { delegation { invitation { meeting { delegations { edges { node { ...IsolationDelegates } } } } } } }\n          }\n        }\n      ": typeof types.IsolationAmendOwnDelegationDocument,
    "\n        query IsolationReportNode($id: ID!) { node(id: $id) { id ... on TransparencyReport { published forms { letter status } } } }\n      ": typeof types.IsolationReportNodeDocument,
    "\n        query IsolationUserNode($id: ID!) { node(id: $id) { id ... on User { email name } } }\n      ": typeof types.IsolationUserNodeDocument,
    "\n        query IsolationUsersSearched { users(filter: { search: \"same-state\" }) { edges { node { id email name } } } }\n      ": typeof types.IsolationUsersSearchedDocument,
    "\n        query IsolationDelegationAudit($id: ID!) {\n          auditEvents(filter: { entityId: $id }) { edges { node { id action before after actorUser { email } } } }\n        }\n      ": typeof types.IsolationDelegationAuditDocument,
    "\n  mutation IsolationAmend($id: ID!, $version: Int!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $id, version: $version, input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.IsolationAmendDocument,
    "\n  mutation IsolationRecordReport($input: RecordTransparencyReportInput!) {\n    recordTransparencyReport(input: $input) { __typename ... on Error { message } }\n  }\n": typeof types.IsolationRecordReportDocument,
    "\n      mutation IsolationSubmit($id: ID!, $input: DelegationInput!) {\n        submitDelegation(invitationId: $id, input: $input) { __typename ... on Error { message } }\n      }\n    ": typeof types.IsolationSubmitDocument,
    "\n      mutation IsolationRecordCredentials($id: ID!, $input: CredentialsInput!) {\n        recordCredentials(delegationId: $id, input: $input) { __typename ... on Error { message } }\n      }\n    ": typeof types.IsolationRecordCredentialsDocument,
    "\n      mutation IsolationDecideObserverApplication($id: ID!) {\n        decideObserverApplication(invitationId: $id, decision: REJECT) { __typename ... on Error { message } }\n      }\n    ": typeof types.IsolationDecideObserverApplicationDocument,
    "\n      mutation IsolationUpdateReportForms($id: ID!, $version: Int!, $forms: [ReportFormInput!]!) {\n        updateReportForms(reportId: $id, version: $version, forms: $forms) { __typename ... on Error { message } }\n      }\n    ": typeof types.IsolationUpdateReportFormsDocument,
    "\n      mutation IsolationPublishReport($id: ID!, $version: Int!) {\n        publishReport(reportId: $id, version: $version) { __typename ... on Error { message } }\n      }\n    ": typeof types.IsolationPublishReportDocument,
    "\n      mutation IsolationMoveUserToAustria($id: ID!) {\n        updateUser(id: $id, input: { stateIso3: \"AUT\" }) { __typename ... on Error { message } }\n      }\n    ": typeof types.IsolationMoveUserToAustriaDocument,
    "\n  query IsolationMeetingDelegates($id: ID!) {\n    meeting(id: $id) { invitations(first: 100) { edges { node { participant { ... on State { iso3 } } delegation { ...IsolationDelegates } } } } }\n  }\n": typeof types.IsolationMeetingDelegatesDocument,
    "\n  mutation IsolationRecordDraftReport($input: RecordTransparencyReportInput!) {\n    recordTransparencyReport(input: $input) { __typename ... on MutationRecordTransparencyReportSuccess { report { id } } }\n  }\n": typeof types.IsolationRecordDraftReportDocument,
    "\n  query IsolationDelegationNode($id: ID!) { node(id: $id) { ...IsolationDelegates } }\n": typeof types.IsolationDelegationNodeDocument,
    "\n  mutation IsolationMoveToAustria($id: ID!) { updateUser(id: $id, input: { stateIso3: \"AUT\" }) { __typename } }\n": typeof types.IsolationMoveToAustriaDocument,
    "\n  mutation ReminderSend($input: SendReportReminderInput!) {\n    sendReportReminder(input: $input) {\n      __typename\n      ... on MutationSendReportReminderSuccess { reminder { state { iso3 } kind periodYear reference date dueOn issuingOffice submissionOffice language sentAt } }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n": typeof types.ReminderSendDocument,
    "\n  query ReminderAuditTrail($filter: AuditEventFilter, $first: Int) {\n    auditEvents(filter: $filter, first: $first) {\n      totalCount\n      edges { node { action entityType actorName after entity { id ... on State { iso3 } ... on Delegation { version } ... on Meeting { code } } } }\n    }\n  }\n": typeof types.ReminderAuditTrailDocument,
    "\n  mutation ReminderSendAll($input: SendReportRemindersInput!) {\n    sendReportReminders(input: $input) {\n      __typename\n      ... on MutationSendReportRemindersSuccess { reminders { state { iso3 } kind periodYear reference date dueOn language sentByName } }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n": typeof types.ReminderSendAllDocument,
    "\n  query ReminderSentTo($iso3: String!) {\n    state(iso3: $iso3) { reportRemindersSent(first: 10) { totalCount edges { node { reference kind periodYear date } } } }\n  }\n": typeof types.ReminderSentToDocument,
    "\n  query ReminderNode($id: ID!) { node(id: $id) { id } }\n": typeof types.ReminderNodeDocument,
    "\n  query ReminderAuditOfNotAMeeting { auditEvents(filter: { meeting: \"bm90LWFuLWlk\" }) { totalCount } }\n": typeof types.ReminderAuditOfNotAMeetingDocument,
    "\n  query ReminderAuditCount { auditEvents { totalCount } }\n": typeof types.ReminderAuditCountDocument,
    "\n  mutation ReportsRecord($input: RecordTransparencyReportInput!) {\n    recordTransparencyReport(input: $input) {\n      __typename\n      ... on MutationRecordTransparencyReportSuccess {\n        report {\n          id kind periodYear periodStart periodEnd dueOn dueOnOverridden receivedOn channel published publishedAt version\n          state { iso3 } convention { code } forms { letter status unchangedSinceYear }\n          lateOn: compliance(asOf: \"2024-03-01\")\n        }\n      }\n      ... on Error { message code }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n": typeof types.ReportsRecordDocument,
    "\n  mutation ReportsUpdateForms($reportId: ID!, $version: Int!, $forms: [ReportFormInput!]!) {\n    updateReportForms(reportId: $reportId, version: $version, forms: $forms) {\n      __typename\n      ... on MutationUpdateReportFormsSuccess { report { version forms { letter status unchangedSinceYear } } }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": typeof types.ReportsUpdateFormsDocument,
    "\n  mutation ReportsPublish($reportId: ID!, $version: Int!) {\n    publishReport(reportId: $reportId, version: $version) {\n      __typename\n      ... on MutationPublishReportSuccess { report { published publishedAt version } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ReportsPublishDocument,
    "\n  query ReportsOfNigeria($filter: TransparencyReportFilter) {\n    transparencyReports(filter: $filter) { totalCount edges { node { kind periodYear published } } }\n    state(iso3: \"NGA\") { reports { totalCount } }\n  }\n": typeof types.ReportsOfNigeriaDocument,
    "\n  query ReportsSouthSudanId { state(iso3: \"SSD\") { id } }\n": typeof types.ReportsSouthSudanIdDocument,
    "\n  query ReportsNodeAndNodes($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }\n": typeof types.ReportsNodeAndNodesDocument,
    "\n  query ReportsFiltered($filter: TransparencyReportFilter) {\n    transparencyReports(filter: $filter) {\n      totalCount\n      edges { node { state { iso3 } kind periodYear compliance(asOf: \"2024-03-01\") } }\n    }\n  }\n": typeof types.ReportsFilteredDocument,
    "\n  query ReportsOfAState($iso3: String!, $filter: StateReportFilter) {\n    state(iso3: $iso3) {\n      reports(filter: $filter) { totalCount edges { node { kind periodYear compliance(asOf: \"2024-03-01\") } } }\n    }\n  }\n": typeof types.ReportsOfAStateDocument,
    "\n  query ResponseCacheReadDelegation($id: ID!) {\n    node(id: $id) { ... on Delegation { version members { position givenName familyName } credentials { status } } }\n  }\n": typeof types.ResponseCacheReadDelegationDocument,
    "\n  query ResponseCacheStatesNamedNor { states(first: 3, filter: { search: \"Nor\" }) { edges { node { iso3 name } } } }\n": typeof types.ResponseCacheStatesNamedNorDocument,
    "\n  query ResponseCacheMeAndUser($id: ID!) { me { email } node(id: $id) { ... on User { email } } }\n": typeof types.ResponseCacheMeAndUserDocument,
    "\n  query ResponseCacheUsers { users(first: 5) { totalCount } }\n": typeof types.ResponseCacheUsersDocument,
    "\n  mutation ResponseCacheSignOut { signOut }\n": typeof types.ResponseCacheSignOutDocument,
    "\n  query ResponseCacheRateLimit { rateLimit { remaining } }\n": typeof types.ResponseCacheRateLimitDocument,
    "\n    query ResponseCacheApiKeyStatus { apiKeys { edges { node { name status } } } }\n  ": typeof types.ResponseCacheApiKeyStatusDocument,
    "\n    query ResponseCacheApiKeyLastUse { apiKeys { edges { node { name lastUsedAt } } } }\n  ": typeof types.ResponseCacheApiKeyLastUseDocument,
    "\n  query ResponseCacheThreeStates { states(first: 3) { edges { node { iso3 } } } }\n": typeof types.ResponseCacheThreeStatesDocument,
    "\n  query ResponseCacheMeetingsAndConventions { meetings(first: 5) { edges { node { code convention { code } } } } }\n": typeof types.ResponseCacheMeetingsAndConventionsDocument,
    "\n  query ResponseCacheStatesPartiesCount { states(filter: { status: STATE_PARTY }) { totalCount } }\n": typeof types.ResponseCacheStatesPartiesCountDocument,
    "\n  query ResponseCacheTypename { __typename }\n": typeof types.ResponseCacheTypenameDocument,
    "\n  mutation SignInAs($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      __typename\n      ... on MutationSignInSuccess { session { token expiresAt } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": typeof types.SignInAsDocument,
    "\n  query SignedInAs { me { email role } }\n": typeof types.SignedInAsDocument,
    "\n  mutation SignOut { signOut }\n": typeof types.SignOutDocument,
    "\n  mutation ActorsSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      __typename\n      ... on MutationSignInSuccess { session { token } }\n      ... on Error { message }\n    }\n  }\n": typeof types.ActorsSignInDocument,
    "\n  mutation DelegationSubmit($invitationId: ID!, $input: DelegationInput!) {\n    submitDelegation(invitationId: $invitationId, input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationSubmitDelegationSuccess {\n        delegation {\n          id version timeliness amendedAfterDeadline\n          headOfDelegation { givenName role }\n          members { role position salutation givenName familyName title email }\n          credentials { issuingAuthority authorisedBy documentKind receivedDate status }\n        }\n      }\n    }\n  }\n": typeof types.DelegationSubmitDocument,
    "\n  mutation DelegationAmend($delegationId: ID!, $version: Int!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $delegationId, version: $version, input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationAmendDelegationSuccess {\n        delegation {\n          id version timeliness amendedAfterDeadline\n          headOfDelegation { givenName role }\n          members { role position salutation givenName familyName title email }\n          credentials { issuingAuthority authorisedBy documentKind receivedDate status }\n        }\n      }\n    }\n  }\n": typeof types.DelegationAmendDocument,
    "\n  mutation DelegationRecordCredentials($delegationId: ID!, $input: CredentialsInput!) {\n    recordCredentials(delegationId: $delegationId, input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationRecordCredentialsSuccess {\n        delegation {\n          id version timeliness amendedAfterDeadline\n          headOfDelegation { givenName role }\n          members { role position salutation givenName familyName title email }\n          credentials { issuingAuthority authorisedBy documentKind receivedDate status }\n        }\n      }\n    }\n  }\n": typeof types.DelegationRecordCredentialsDocument,
    "\n  mutation TreatyActionRecorded($input: RecordTreatyActionInput!) {\n    recordTreatyAction(input: $input) {\n      __typename\n      ... on MutationRecordTreatyActionSuccess {\n        treatyRecord {\n          id state { iso3 } convention { code } version\n          signedOn signatureSource signatureVerified instrument depositedOn depositSource depositVerified\n          entryIntoForceOn entryIntoForceOverridden withdrawalNotifiedOn withdrawalEffectiveOn withdrawalSource\n        }\n      }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n": typeof types.TreatyActionRecordedDocument,
    "\n  query TreatyActionPartiesOn($on: Date!) {\n    states(first: 100, filter: { status: STATE_PARTY, on: $on, search: \"IND\" }) { totalCount edges { node { iso3 } } }\n  }\n": typeof types.TreatyActionPartiesOnDocument,
    "\n  query TreatyActionAudited($action: String!) {\n    auditEvents(first: 10, filter: { action: $action }) {\n      edges { node { action entityType entityId entity { __typename id } } }\n    }\n  }\n": typeof types.TreatyActionAuditedDocument,
    "\n  query TreatyActionNode($id: ID!) {\n    node(id: $id) { __typename ... on TreatyRecord { state { iso3 } depositedOn } }\n  }\n": typeof types.TreatyActionNodeDocument,
};
const documents: Documents = {
    "\n  mutation AccessCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on MutationCreateUserSuccess { user { id email name role active state { iso3 } } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on Error { message }\n    }\n  }\n": types.AccessCreateUserDocument,
    "\n  mutation AccessUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateUserSuccess { user { id name role active state { iso3 } } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n": types.AccessUpdateUserDocument,
    "\n  mutation AccessCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on MutationCreateApiKeySuccess {\n        key\n        apiKey { id name prefix scopes status expiresAt organisation { acronym } createdBy { email } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n": types.AccessCreateApiKeyDocument,
    "\n  mutation AccessRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      __typename\n      ... on MutationRevokeApiKeySuccess { apiKey { id status revokedAt } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.AccessRevokeApiKeyDocument,
    "\n  query AccessAuditOf($id: ID!) {\n    auditEvents(filter: { entityId: $id }) { edges { node { action before after actorUser { email } } } }\n  }\n": types.AccessAuditOfDocument,
    "\n  mutation AccessSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { __typename }\n  }\n": types.AccessSignInDocument,
    "\n  mutation AccessSignOut { signOut }\n": types.AccessSignOutDocument,
    "\n  query AccessMe { me { email } }\n": types.AccessMeDocument,
    "\n  query AccessSecretariatUsers {\n    users(filter: { role: SECRETARIAT }, first: 100) { totalCount edges { node { email role } } }\n  }\n": types.AccessSecretariatUsersDocument,
    "\n  query AccessUserCount { users { totalCount } }\n": types.AccessUserCountDocument,
    "\n  query AccessApiKeyCount { apiKeys { totalCount } }\n": types.AccessApiKeyCountDocument,
    "\n  query AccessApiKeys { apiKeys(first: 100) { totalCount edges { node { prefix name } } } }\n": types.AccessApiKeysDocument,
    "\n  query AccessConventionCount { conventions { totalCount } }\n": types.AccessConventionCountDocument,
    "\n  query AccessUsersCreatedBy($actor: ID!) {\n    auditEvents(filter: { action: \"user.create\", actor: $actor }, first: 100) {\n      totalCount\n      edges { node { action at actorUser { email } } }\n    }\n  }\n": types.AccessUsersCreatedByDocument,
    "\n  query AccessAuditByMadeUpActor { auditEvents(filter: { actor: \"bm90LWFuLWlk\" }) { totalCount } }\n": types.AccessAuditByMadeUpActorDocument,
    "\n  query AccessAuditEventCount { auditEvents { totalCount } }\n": types.AccessAuditEventCountDocument,
    "\n  query AccessNode($id: ID!) {\n    node(id: $id) { __typename id ... on User { email name } ... on ApiKey { prefix } ... on AuditEvent { action after } }\n  }\n": types.AccessNodeDocument,
    "\n  query AccessUserNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on User { email } } }\n": types.AccessUserNodesDocument,
    "\n  query AccessApiKeyLastUsedAt($id: ID!) { node(id: $id) { __typename ... on ApiKey { lastUsedAt } } }\n": types.AccessApiKeyLastUsedAtDocument,
    "\n  mutation AssessmentScaleImport($input: ImportAssessmentScaleInput!) {\n    importAssessmentScale(input: $input) {\n      __typename\n      ... on MutationImportAssessmentScaleSuccess {\n        assessmentScale { name firstYear lastYear resolution source complete rates(first: 100) { totalCount edges { node { state { iso3 } ratePercent } } } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.AssessmentScaleImportDocument,
    "\n  query AssessmentScaleSeeded {\n    assessmentScales(first: 10) { totalCount edges { node { name } } }\n    assessmentScale(name: \"2022-2024\") {\n      firstYear lastYear resolution complete\n      rates(first: 2) { totalCount edges { node { state { iso3 } ratePercent } } }\n      switzerland: rate(iso3: \"che\") { ratePercent }\n      holySee: rate(iso3: \"VAT\") { ratePercent }\n    }\n  }\n": types.AssessmentScaleSeededDocument,
    "\n  query AssessmentScaleNotHeld { assessmentScale(name: \"1999-2001\") { name } }\n": types.AssessmentScaleNotHeldDocument,
    "\n  query MatrixCredentials($id: ID!) {\n    node(id: $id) { __typename ... on Delegation { credentials { issuingAuthority authorisedBy documentKind receivedDate status } } }\n  }\n": types.MatrixCredentialsDocument,
    "\n  query MatrixListedCredentials($code: String!) {\n    meetingByCode(code: $code) { delegations { edges { node { credentials { status } } } } }\n  }\n": types.MatrixListedCredentialsDocument,
    "\n  query MatrixDelegates($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Delegation {\n        headOfDelegation { role givenName familyName }\n        members { role position salutation givenName familyName title email phone }\n      }\n    }\n  }\n": types.MatrixDelegatesDocument,
    "\n  query ComplianceOfYear($year: Int!, $asOf: Date, $filter: ReportObligationFilter, $first: Int) {\n    reportingCompliance(year: $year, asOf: $asOf) {\n      year asOf recordsBeginOn total totals { onTime late overdue notYetDue notRecorded }\n      obligations(filter: $filter, first: $first) {\n        totalCount\n        edges { node { state { iso3 } kind periodYear dueOn dueOnOverridden receivedOn status report { id } } }\n      }\n    }\n  }\n": types.ComplianceOfYearDocument,
    "\n  mutation ComplianceRecordsBegin($on: Date!) {\n    setReportRecordsBegin(reportRecordsBeginOn: $on) { __typename ... on MutationSetReportRecordsBeginSuccess { convention { reportRecordsBeginOn } } }\n  }\n": types.ComplianceRecordsBeginDocument,
    "\n  mutation ComplianceRecordReport($input: RecordTransparencyReportInput!) {\n    recordTransparencyReport(input: $input) { __typename ... on MutationRecordTransparencyReportSuccess { report { id dueOn } } ... on Error { message } }\n  }\n": types.ComplianceRecordReportDocument,
    "\n  query ComplianceStatesWithReports($first: Int) {\n    states(first: $first, filter: { status: STATE_PARTY, on: \"2024-05-15\" }) {\n      edges { node { iso3 treatyStatus { entryIntoForceOn } reports(first: 5) { totalCount edges { node { periodYear dueOn compliance(asOf: \"2024-05-15\") } } } } }\n    }\n  }\n": types.ComplianceStatesWithReportsDocument,
    "\n  query ContributionsStatus($asOf: Date, $first: Int) {\n    contributionsStatus(asOf: $asOf) {\n      asOf dueDays totals { currency amountAssessed paid outstanding credit notYetDue underOneYear oneToTwoYears overTwoYears }\n      states(first: $first) {\n        totalCount\n        edges {\n          node {\n            state { iso3 }\n            totals { currency amountAssessed paid outstanding credit notYetDue underOneYear oneToTwoYears overTwoYears }\n            meetings { meeting { code } issueVersion issuedOn dueOn currency assessed amountAssessed paid outstanding credit arrearsAge }\n          }\n        }\n      }\n    }\n  }\n": types.ContributionsStatusDocument,
    "\n  mutation ContributionsRecordPayment($id: ID!, $input: RecordPaymentInput!) {\n    recordPayment(costShareId: $id, input: $input) { __typename ... on MutationRecordPaymentSuccess { payment { id } } }\n  }\n": types.ContributionsRecordPaymentDocument,
    "\n  query ContributionsInArrears {\n    contributionsStatus(asOf: \"2024-07-05\") {\n      inArrears: states(inArrears: true) { edges { node { state { iso3 } } } }\n      upToDate: states(inArrears: false) { totalCount }\n    }\n  }\n": types.ContributionsInArrearsDocument,
    "\n  query ContributionsOfStates {\n    che: state(iso3: \"CHE\") {\n      contributions {\n        totals { currency amountAssessed paid outstanding credit notYetDue underOneYear oneToTwoYears overTwoYears }\n        meetings { meeting { code } issueVersion issuedOn dueOn currency assessed amountAssessed paid outstanding credit arrearsAge }\n      }\n    }\n    nor: state(iso3: \"NOR\") { contributions { totals { currency } meetings { dueOn } } }\n  }\n": types.ContributionsOfStatesDocument,
    "\n  query ContributionsOfAnUnknownConvention { contributionsStatus(convention: \"XYZ\") { asOf } }\n": types.ContributionsOfAnUnknownConventionDocument,
    "\n  query ContributionsSwissPayments($payment: ID!) {\n    state(iso3: \"CHE\") { contributions { totals { currency outstanding } meetings { costShare { paid payments { totalCount edges { node { receivedOn amount reference } } } } } } }\n    node(id: $payment) { ... on Payment { amount } }\n  }\n": types.ContributionsSwissPaymentsDocument,
    "\n  query ContributionsStatusOfStates($first: Int!) {\n    contributionsStatus { states(first: $first) { edges { node {\n      state { iso3 name } totals { outstanding } meetings { meeting { code title } costShare { amount ratePercent } arrearsAge }\n    } } } }\n  }\n": types.ContributionsStatusOfStatesDocument,
    "\n  query ContributionsOfAPageOfStates($first: Int!) {\n    states(first: $first) { edges { node { iso3 contributions { totals { outstanding } meetings { meeting { code } } } } } }\n  }\n": types.ContributionsOfAPageOfStatesDocument,
    "\n  fragment ConveningNoteDetailsMeeting on Meeting {\n    id code version venue city country venueFr cityFr countryFr delegationDeadline delegationDeadlineWeekdayAsIssued webPage\n    secretariatOffice { code }\n    conveningNote {\n      reference date addressees addresseesFr issuingOffice { code } mandateResolution { number }\n      deadlineWeekdayDisagreement { date weekdayAsIssued weekdayOfDate message }\n    }\n  }\n": types.ConveningNoteDetailsMeetingFragmentDoc,
    "\n  mutation ConveningNoteDetailsCreate($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      __typename\n      ... on MutationCreateMeetingSuccess { meeting { ...ConveningNoteDetailsMeeting } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on Error { message }\n    }\n  }\n": types.ConveningNoteDetailsCreateDocument,
    "\n  mutation ConveningNoteDetailsUpdate($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      __typename\n      ... on MutationUpdateMeetingSuccess { meeting { ...ConveningNoteDetailsMeeting } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on Error { message }\n    }\n  }\n": types.ConveningNoteDetailsUpdateDocument,
    "\n  query ConveningNoteDetailsMeetingByCode($code: String!) { meetingByCode(code: $code) { ...ConveningNoteDetailsMeeting } }\n": types.ConveningNoteDetailsMeetingByCodeDocument,
    "\n  query ConveningNoteDetailsNote($code: String!, $language: Language!) {\n    meetingByCode(code: $code) { conveningNoteVerbale(format: TEXT, language: $language) { content } }\n  }\n": types.ConveningNoteDetailsNoteDocument,
    "\n  query ConveningNoteDetailsOfficesAndResolutions { offices { code } generalAssemblyResolutions { number conveningParagraph } }\n": types.ConveningNoteDetailsOfficesAndResolutionsDocument,
    "\n  mutation ConveningCreate($input: CreateMeetingInput!) {\n    createMeeting(input: $input) { __typename ... on MutationCreateMeetingSuccess { meeting { id version status } } ... on Error { message } }\n  }\n": types.ConveningCreateDocument,
    "\n  mutation ConveningConvene($id: ID!, $version: Int, $conveningDate: Date) {\n    conveneMeeting(id: $id, version: $version, conveningDate: $conveningDate) {\n      __typename\n      ... on MutationConveneMeetingSuccess { meeting { status convenedOn version invitations { totalCount } } }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { message allowed }\n      ... on Error { message }\n    }\n  }\n": types.ConveningConveneDocument,
    "\n  query ConveningMeetingCode($id: ID!) { node(id: $id) { __typename ... on Meeting { code } } }\n": types.ConveningMeetingCodeDocument,
    "\n  query ConveningInvitationsByCapacity($id: ID!) {\n    meeting(id: $id) {\n      invitationCounts { capacity count }\n      organisations: invitations(filter: { capacity: ORGANISATION_OF_RIGHT }) {\n        totalCount edges { node { capacity status participant { __typename ... on Organisation { acronym } } } }\n      }\n      parties: invitations(filter: { capacity: STATE_PARTY, status: ISSUED }, first: 2) {\n        totalCount edges { node { participant { __typename ... on State { iso3 name } } } }\n      }\n    }\n  }\n": types.ConveningInvitationsByCapacityDocument,
    "\n  query ConveningOrganisationsOfRight($id: ID!) {\n    meeting(id: $id) {\n      invitations(first: 100, filter: { capacity: ORGANISATION_OF_RIGHT }) {\n        edges { node { capacity participant { __typename ... on State { name } ... on Organisation { name } } } }\n      }\n    }\n  }\n": types.ConveningOrganisationsOfRightDocument,
    "\n  query ConveningFirstThreeStates($id: ID!) {\n    meeting(id: $id) { invitations(first: 3) { edges { node { participant { __typename ... on State { name } } } } } }\n  }\n": types.ConveningFirstThreeStatesDocument,
    "\n  mutation ConveningCancel($id: ID!) { changeMeetingStatus(id: $id, version: 1, status: CANCELLED) { __typename } }\n": types.ConveningCancelDocument,
    "\n  mutation CostSharesOnRealScalesRecordParticipants($meetingId: ID!, $input: RecordMeetingParticipantsInput!) {\n    recordMeetingParticipants(meetingId: $meetingId, input: $input) {\n      __typename\n      ... on MutationRecordMeetingParticipantsSuccess {\n        invitations { capacity participationRecordedAt participant { ... on State { iso3 } } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.CostSharesOnRealScalesRecordParticipantsDocument,
    "\n  mutation CostSharesOnRealScalesSetEstimate($meetingId: ID!, $input: SetCostEstimateInput!) {\n    setCostEstimate(meetingId: $meetingId, input: $input) { __typename }\n  }\n": types.CostSharesOnRealScalesSetEstimateDocument,
    "\n  mutation CostSharesOnRealScalesIssue($meetingId: ID!, $input: IssueCostSharesInput!) {\n    issueCostShares(meetingId: $meetingId, input: $input) {\n      __typename\n      ... on MutationIssueCostSharesSuccess { costShareIssue { id total scale { name } scaleOverrideReason } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.CostSharesOnRealScalesIssueDocument,
    "\n  fragment CostSharesOnRealScalesShare on CostShare { id state { iso3 } assessed ratePercent sharePercent amount }\n": types.CostSharesOnRealScalesShareFragmentDoc,
    "\n  query CostSharesOnRealScalesShares($id: ID!, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on CostShareIssue {\n        shares(first: 100, after: $after) {\n          totalCount pageInfo { hasNextPage endCursor } edges { node { ...CostSharesOnRealScalesShare } }\n        }\n      }\n    }\n  }\n": types.CostSharesOnRealScalesSharesDocument,
    "\n  query CostSharesOnRealScalesNotice($id: ID!, $language: Language) {\n    node(id: $id) { __typename ... on CostShare { assessmentNotice(format: TEXT, language: $language) { content } } }\n  }\n": types.CostSharesOnRealScalesNoticeDocument,
    "\n  mutation CostSharesImportScale($input: ImportAssessmentScaleInput!) { importAssessmentScale(input: $input) { __typename } }\n": types.CostSharesImportScaleDocument,
    "\n  mutation CostSharesSetEstimate($meetingId: ID!, $input: SetCostEstimateInput!) {\n    setCostEstimate(meetingId: $meetingId, input: $input) {\n      __typename\n      ... on MutationSetCostEstimateSuccess {\n        costEstimate { id version kind currency total lines { totalCount edges { node { position description amount } } } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n": types.CostSharesSetEstimateDocument,
    "\n  fragment CostSharesShare on CostShare {\n    id state { iso3 } assessed ratePercent sharePercent amount currency paid outstanding credit\n  }\n": types.CostSharesShareFragmentDoc,
    "\n  mutation CostSharesIssue($meetingId: ID!, $input: IssueCostSharesInput!) {\n    issueCostShares(meetingId: $meetingId, input: $input) {\n      __typename\n      ... on MutationIssueCostSharesSuccess {\n        costShareIssue {\n          id version payerRule ceilingAndFloorReapplied currency total superseded scaleOverrideReason estimate { version }\n          scale { name } shares(first: 100) { totalCount edges { node { ...CostSharesShare } } }\n        }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on Error { message }\n    }\n  }\n": types.CostSharesIssueDocument,
    "\n  mutation CostSharesRecordPayment($costShareId: ID!, $input: RecordPaymentInput!) {\n    recordPayment(costShareId: $costShareId, input: $input) {\n      __typename\n      ... on MutationRecordPaymentSuccess {\n        payment { id amount currency receivedOn reference costShare { paid outstanding } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n": types.CostSharesRecordPaymentDocument,
    "\n  query CostSharesMeetingEstimates($id: ID!) {\n    node(id: $id) {\n      ... on Meeting { costEstimate { version kind total } costEstimates { totalCount edges { node { version } } } }\n    }\n  }\n": types.CostSharesMeetingEstimatesDocument,
    "\n  query CostSharesMeetingCurrentIssue($id: ID!) {\n    node(id: $id) {\n      ... on Meeting {\n        costShares {\n          version paid outstanding\n          unassessed: shares(filter: { assessed: false }) { totalCount edges { node { state { iso3 } } } }\n        }\n        costShareIssues { totalCount }\n      }\n    }\n  }\n": types.CostSharesMeetingCurrentIssueDocument,
    "\n  query CostSharesIssueAndMeetingVersions($id: ID!, $meeting: ID!) {\n    node(id: $id) { ... on CostShareIssue { version superseded total estimate { version } } }\n    meeting: node(id: $meeting) {\n      ... on Meeting { costShares { version } costShareIssues { edges { node { version superseded } } } }\n    }\n  }\n": types.CostSharesIssueAndMeetingVersionsDocument,
    "\n  query CostSharesWithPayments($id: ID!) {\n    node(id: $id) {\n      ... on Meeting {\n        costShares {\n          paid outstanding\n          shares(first: 100) {\n            edges {\n              node {\n                state { iso3 } amount paid outstanding credit currency issue { version }\n                payments { totalCount edges { node { amount receivedOn } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CostSharesWithPaymentsDocument,
    "\n  query CostSharesSharePayments($id: ID!, $meeting: ID!) {\n    node(id: $id) {\n      ... on CostShare { paid outstanding payments { totalCount edges { node { amount receivedOn reference } } } }\n    }\n    meeting: node(id: $meeting) { ... on Meeting { costShares { paid outstanding } } }\n    state(iso3: \"CHE\") { costShares(first: 100) { edges { node { id } } } }\n  }\n": types.CostSharesSharePaymentsDocument,
    "\n  fragment CostSharesSharesPage on CostShareConnection {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { id state { iso3 } standing paid outstanding } }\n  }\n": types.CostSharesSharesPageFragmentDoc,
    "\n  query CostSharesIssueShares($id: ID!, $filter: CostShareFilter, $first: Int, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on Meeting {\n        costShares { shares(filter: $filter, first: $first, after: $after) { ...CostSharesSharesPage } }\n      }\n    }\n  }\n": types.CostSharesIssueSharesDocument,
    "\n  query CostSharesStateShares($iso3: String!, $filter: StateCostShareFilter) {\n    state(iso3: $iso3) {\n      costShares(filter: $filter, first: 100) { totalCount edges { node { id standing issue { superseded } } } }\n    }\n  }\n": types.CostSharesStateSharesDocument,
    "\n  mutation TimelinessMoveDeadline($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) { __typename ... on Error { message } }\n  }\n": types.TimelinessMoveDeadlineDocument,
    "\n  query TimelinessRead($meeting: ID!, $delegation: ID!) {\n    meeting(id: $meeting) {\n      delegationDeadline\n      late: delegations(filter: { timeliness: LATE }) { totalCount edges { node { id } } }\n      onTime: delegations(filter: { timeliness: ON_TIME }) { totalCount edges { node { id } } }\n    }\n    delegation: node(id: $delegation) {\n      __typename\n      ... on Delegation { timeliness amendedAfterDeadline changes { edges { node { version afterDeadline } } } }\n    }\n  }\n": types.TimelinessReadDocument,
    "\n  query DelegationChangesAfterDeadline($id: ID!) {\n    node(id: $id) { __typename ... on Delegation { changes { edges { node { afterDeadline } } } } }\n  }\n": types.DelegationChangesAfterDeadlineDocument,
    "\n  mutation DelegationSubmitForADelegationId($input: DelegationInput!) {\n    submitDelegation(invitationId: \"RGVsZWdhdGlvbjowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA=\", input: $input) {\n      __typename\n      ... on ValidationError { issues { path } }\n    }\n  }\n": types.DelegationSubmitForADelegationIdDocument,
    "\n  query DelegationChangesWithVersions($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Delegation { changes { totalCount edges { node { version afterDeadline } } } }\n    }\n  }\n": types.DelegationChangesWithVersionsDocument,
    "\n  query DelegationsByTimeliness($meeting: ID!, $invitation: ID!) {\n    meeting: node(id: $meeting) {\n      __typename\n      ... on Meeting {\n        all: delegations { totalCount }\n        late: delegations(filter: { timeliness: LATE }) { totalCount edges { node { timeliness } } }\n        onTime: delegations(filter: { timeliness: ON_TIME }) { totalCount }\n      }\n    }\n    invitation: node(id: $invitation) { __typename ... on Invitation { delegation { id } } }\n    state(iso3: \"NOR\") { delegations { totalCount } }\n  }\n": types.DelegationsByTimelinessDocument,
    "\n  query DelegationParticipants($meeting: ID!) {\n    meeting(id: $meeting) {\n      delegations { edges { node { participant { __typename ... on State { iso3 } ... on Organisation { acronym name } } } } }\n    }\n  }\n": types.DelegationParticipantsDocument,
    "\n  query DelegationChangesCount($id: ID!) { node(id: $id) { __typename ... on Delegation { changes { totalCount } } } }\n": types.DelegationChangesCountDocument,
    "\n  query DocumentsConveningNote($code: String!, $format: LetterFormat, $language: Language) {\n    meetingByCode(code: $code) {\n      id\n      version\n      conveningNoteVerbale(format: $format, language: $language) { content mediaType fileName }\n    }\n  }\n": types.DocumentsConveningNoteDocument,
    "\n  query DocumentsListOfParticipants(\n    $code: String!\n    $variant: ListOfParticipantsVariant\n    $format: ListOfParticipantsFormat\n    $language: Language\n  ) {\n    meetingByCode(code: $code) {\n      listOfParticipants(variant: $variant, format: $format, language: $language) { content mediaType fileName }\n    }\n  }\n": types.DocumentsListOfParticipantsDocument,
    "\n  query DocumentsAssessmentNotice($id: ID!, $format: LetterFormat, $language: Language) {\n    node(id: $id) {\n      __typename\n      ... on CostShare { assessmentNotice(format: $format, language: $language) { content mediaType fileName } }\n    }\n  }\n": types.DocumentsAssessmentNoticeDocument,
    "\n  query DocumentsReportReminder($iso3: String!, $kind: ReportKind!, $year: Int!, $date: Date, $language: Language) {\n    state(iso3: $iso3) {\n      reportReminder(\n        kind: $kind\n        periodYear: $year\n        reference: \"ODA/2024-00123\"\n        date: $date\n        issuingOffice: \"ODA\"\n        submissionOffice: \"ODA-GENEVA\"\n        language: $language\n      ) { content fileName }\n    }\n  }\n": types.DocumentsReportReminderDocument,
    "\n  query DocumentsMeetingNoteFileNames($first: Int!) {\n    meetings(first: $first) { edges { node { code conveningNoteVerbale { fileName } } } }\n  }\n": types.DocumentsMeetingNoteFileNamesDocument,
    "\n  query DocumentsOfTheEleventhMeeting {\n    meetingByCode(code: \"11MSP\") {\n      documents(first: 5) { totalCount edges { node { symbol title kind languages status issuedOn url } } }\n    }\n  }\n": types.DocumentsOfTheEleventhMeetingDocument,
    "\n  query DocumentsLanguagesAtTheEleventhMeeting {\n    meetingByCode(code: \"11MSP\") { documents(first: 5) { edges { node { symbol languages } } } }\n  }\n": types.DocumentsLanguagesAtTheEleventhMeetingDocument,
    "\n  mutation DocumentsUpdateMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) { __typename ... on Error { message } }\n  }\n": types.DocumentsUpdateMeetingDocument,
    "\n  mutation ErrorCodesApplyToUnknownMeeting($meetingId: ID!) {\n    applyToObserve(\n      meetingId: $meetingId\n      input: {\n        organisationName: \"Demining Aid\"\n        acronym: \"DA\"\n        kind: \"NGO\"\n        contactName: \"A. Person\"\n        contactEmail: \"a.person@example.org\"\n        motivation: \"The organisation clears cluster munition remnants in the region.\"\n      }\n    ) { __typename ... on Error { code } }\n  }\n": types.ErrorCodesApplyToUnknownMeetingDocument,
    "\n  mutation HistoricalReportsImport($input: ImportHistoricalReportsInput!, $convention: String) {\n    importHistoricalReports(input: $input, convention: $convention) {\n      __typename\n      ... on MutationImportHistoricalReportsSuccess { result { imported reports { kind periodYear dueOn receivedOn channel state { iso3 } } } }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n": types.HistoricalReportsImportDocument,
    "\n  mutation HistoricalReportsSetRecordsBegin($on: Date!, $convention: String) {\n    setReportRecordsBegin(reportRecordsBeginOn: $on, convention: $convention) {\n      __typename\n      ... on MutationSetReportRecordsBeginSuccess { convention { reportRecordsBeginOn } }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n": types.HistoricalReportsSetRecordsBeginDocument,
    "\n  query HistoricalReportsCompliance($year: Int!, $asOf: Date) {\n    reportingCompliance(year: $year, asOf: $asOf) {\n      totals { onTime late overdue notYetDue notRecorded }\n      obligations(first: 100) { edges { node { state { iso3 } kind status receivedOn } } }\n    }\n  }\n": types.HistoricalReportsComplianceDocument,
    "\n  query HotReadsStatesParties($on: Date!, $first: Int, $after: String, $last: Int, $before: String) {\n    states(filter: { status: STATE_PARTY, on: $on }, first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id iso3 iso2 name nameFr: name(language: FR) unShortName unStatus regionalGroup standing(on: $on) { date status entryIntoForce withdrawalEffective depositedNotYetInForce withdrawalPending } treatyStatus { id signedOn depositedOn instrument entryIntoForceOn withdrawalNotifiedOn withdrawalEffectiveOn } } }\n    }\n  }\n": types.HotReadsStatesPartiesDocument,
    "\n  query HotReadsAllStates($first: Int!, $after: String) {\n    states(first: $first, after: $after) { edges { cursor node { iso3 names { en zh } treatyStatus(convention: \"APMBC\") { depositedOn } standing(on: \"2020-01-01\", convention: \"APMBC\") { status } } } }\n  }\n": types.HotReadsAllStatesDocument,
    "\n  query HotReadsMeetingDelegations($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    meeting(id: $id) {\n      invitations(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { cursor node { participant { ... on State { iso3 name } } delegation { members { givenName familyName role } } } }\n      }\n    }\n  }\n": types.HotReadsMeetingDelegationsDocument,
    "\n  query HotReadsMeetingInFull($id: ID!, $first: Int, $after: String) {\n    meeting(id: $id) {\n      id code kind number part title opensOn closesOn venue city country venueFr cityFr countryFr timeZone presidentName status convenedOn\n      delegationDeadline delegationDeadlineWeekdayAsIssued reportingDeadline webPage symbolPrefix version updatedAt conveningNote { reference date }\n      invitations(first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node {\n          id capacity status decisionNote\n          participant { __typename ... on State { id iso3 iso2 name nameFr: name(language: FR) unShortName unStatus regionalGroup } ... on Organisation { acronym } }\n          delegation { id version publicListConsent headOfDelegation { role position givenName } members { role position salutation givenName familyName title email phone } }\n        } }\n      }\n    }\n  }\n": types.HotReadsMeetingInFullDocument,
    "\n  query HotReadsStatePartiesInvited($id: ID!) {\n    meeting(id: $id) { invitations(first: 10, filter: { capacity: STATE_PARTY }) { totalCount edges { node { participant { ... on State { iso3 } } delegation { members { givenName } } } } } }\n  }\n": types.HotReadsStatePartiesInvitedDocument,
    "\n  query HotReadsFirstInvitationCursor($id: ID!) { meeting(id: $id) { invitations(first: 1) { edges { cursor } } } }\n": types.HotReadsFirstInvitationCursorDocument,
    "\n  query HotReadsTypename { __typename }\n": types.HotReadsTypenameDocument,
    "\n  query NightlySync($since: DateTime, $after: String, $meetingsAfter: String, $reportsAfter: String) {\n    states(first: 100, after: $after, filter: { updatedSince: $since }) { pageInfo { hasNextPage endCursor } edges { node { iso3 updatedAt } } }\n    meetings(first: 100, after: $meetingsAfter, filter: { updatedSince: $since }) { pageInfo { hasNextPage endCursor } edges { node { code updatedAt } } }\n    transparencyReports(first: 100, after: $reportsAfter, filter: { updatedSince: $since }) { pageInfo { hasNextPage endCursor } edges { node { id updatedAt } } }\n  }\n": types.NightlySyncDocument,
    "\n  mutation SyncRecordTreatyAction($input: RecordTreatyActionInput!) {\n    recordTreatyAction(input: $input) { __typename ... on MutationRecordTreatyActionSuccess { treatyRecord { updatedAt state { updatedAt } } } }\n  }\n": types.SyncRecordTreatyActionDocument,
    "\n  query SyncMeeting($code: String!) { meetingByCode(code: $code) { id version updatedAt } }\n": types.SyncMeetingDocument,
    "\n  mutation SyncUpdateMeeting($id: ID!, $version: Int!) {\n    updateMeeting(id: $id, version: $version, input: { webPage: \"https://www.clusterconvention.org/11msp-updated\" }) {\n      __typename ... on MutationUpdateMeetingSuccess { meeting { code updatedAt } }\n    }\n  }\n": types.SyncUpdateMeetingDocument,
    "\n  mutation SyncRecordReport($input: RecordTransparencyReportInput!) {\n    recordTransparencyReport(input: $input) { __typename ... on MutationRecordTransparencyReportSuccess { report { id version } } }\n  }\n": types.SyncRecordReportDocument,
    "\n  mutation SyncPublishReport($reportId: ID!, $version: Int!) {\n    publishReport(reportId: $reportId, version: $version) { __typename ... on MutationPublishReportSuccess { report { id updatedAt } } }\n  }\n": types.SyncPublishReportDocument,
    "\n  mutation CapacityRecordTreatyAction($input: RecordTreatyActionInput!) {\n    recordTreatyAction(input: $input) { __typename ... on Error { message } }\n  }\n": types.CapacityRecordTreatyActionDocument,
    "\n  query CapacityOfInvitation($id: ID!) {\n    node(id: $id) { __typename ... on Invitation { capacity delegation { id } capacityChanges { changedAt previousCapacity capacity standingOn cause } } }\n  }\n": types.CapacityOfInvitationDocument,
    "\n  mutation CapacityMoveMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) { __typename ... on Error { message } }\n  }\n": types.CapacityMoveMeetingDocument,
    "\n  query NamesInLanguages {\n    state(iso3: \"NOR\") { en: name ar: name(language: AR) fr: name(language: FR) }\n    organisations(first: 100) { edges { node { acronym en: name fr: name(language: FR) es: name(language: ES) } } }\n  }\n": types.NamesInLanguagesDocument,
    "\n  query EleventhMeeting {\n    meetingByCode(code: \"11MSP\") {\n      title opensOn closesOn venue city timeZone delegationDeadline reportingDeadline status\n      conveningNote { reference date issuingOffice { name } mandateResolution { number adoptedOn } }\n      secretariatOffice { email }\n    }\n  }\n": types.EleventhMeetingDocument,
    "\n  query StatesPartiesOn($on: Date!) {\n    states(filter: { status: STATE_PARTY, on: $on }, first: 100) { totalCount edges { node { iso3 } } }\n  }\n": types.StatesPartiesOnDocument,
    "\n  query StatesWithStatus($status: TreatyStatus!, $on: Date!, $after: String) {\n    states(filter: { status: $status, on: $on }, first: 100, after: $after) {\n      totalCount edges { node { iso3 } } pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.StatesWithStatusDocument,
    "\n  query StandingsOn($on: Date!, $after: String) {\n    states(first: 100, after: $after) { edges { node { iso3 standing(on: $on) { status } } } pageInfo { hasNextPage endCursor } }\n  }\n": types.StandingsOnDocument,
    "\n  query LithuaniaTreatyRecord {\n    state(iso3: \"ltu\") {\n      name(language: FR)\n      treatyStatus { depositedOn entryIntoForceOn withdrawalEffectiveOn }\n      before: standing(on: \"2025-03-05\") { status withdrawalPending }\n      after: standing(on: \"2025-03-06\") { status }\n    }\n  }\n": types.LithuaniaTreatyRecordDocument,
    "\n  query StateNamesInThreeLanguages {\n    states(first: 100) { edges { node { iso3 en: name fr: name(language: FR) zh: name(language: ZH) } } }\n  }\n": types.StateNamesInThreeLanguagesDocument,
    "\n  query FullPageOfStates {\n    states(first: 100) { totalCount edges { cursor } }\n  }\n": types.FullPageOfStatesDocument,
    "\n  mutation MeetingsCreate($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      __typename\n      ... on MutationCreateMeetingSuccess {\n        meeting { id code title status version presidentName presidentState { iso3 } conveningNote { reference date issuingOffice { code } } secretariatOffice { code } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on ConflictError { message allowed }\n      ... on Error { message }\n    }\n  }\n": types.MeetingsCreateDocument,
    "\n  mutation MeetingsUpdate($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      __typename\n      ... on MutationUpdateMeetingSuccess {\n        meeting { id code title status version presidentName presidentState { iso3 } conveningNote { reference date issuingOffice { code } } secretariatOffice { code } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on ConflictError { message allowed }\n      ... on Error { message }\n    }\n  }\n": types.MeetingsUpdateDocument,
    "\n  mutation MeetingsChangeStatus($id: ID!, $version: Int!, $status: MeetingStatus!) {\n    changeMeetingStatus(id: $id, version: $version, status: $status) {\n      __typename\n      ... on MutationChangeMeetingStatusSuccess {\n        meeting { id code title status version presidentName presidentState { iso3 } conveningNote { reference date issuingOffice { code } } secretariatOffice { code } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on ConflictError { message allowed }\n      ... on Error { message }\n    }\n  }\n": types.MeetingsChangeStatusDocument,
    "\n  query MeetingsFoundMissingMalformed($id: ID!, $missing: ID!) {\n    found: meeting(id: $id) { code }\n    missing: meeting(id: $missing) { code }\n    malformed: meeting(id: \"nonsense\") { code }\n  }\n": types.MeetingsFoundMissingMalformedDocument,
    "\n  query MeetingsCityAndVersion($id: ID!) { meeting(id: $id) { city version } }\n": types.MeetingsCityAndVersionDocument,
    "\n  mutation MeetingsConvene($id: ID!) { conveneMeeting(id: $id) { __typename } }\n": types.MeetingsConveneDocument,
    "\n  mutation ObserverApply($meetingId: ID!, $applicant: ObserverApplicantInput!, $motivation: String!) {\n    applyAsObserver(meetingId: $meetingId, applicant: $applicant, motivation: $motivation) {\n      __typename\n      ... on MutationApplyAsObserverSuccess { invitation { id capacity status requestedAt motivation participant { __typename ... on Organisation { id acronym name } } } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n": types.ObserverApplyDocument,
    "\n  mutation ObserverDecide($invitationId: ID!, $decision: ObserverDecision!, $note: String) {\n    decideObserverApplication(invitationId: $invitationId, decision: $decision, note: $note) {\n      __typename\n      ... on MutationDecideObserverApplicationSuccess { invitation { status decidedAt decisionNote } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on ConflictError { message allowed }\n      ... on Error { message }\n    }\n  }\n": types.ObserverDecideDocument,
    "\n  mutation ObserverDraftMeeting($number: Int!) {\n    createMeeting(\n      input: { conventionCode: \"CCM\", kind: INTERSESSIONAL, number: $number, opensOn: \"2026-06-01\", closesOn: \"2026-06-02\"\n        venue: \"Palais des Nations\", city: \"Geneva\", timeZone: \"Europe/Zurich\", symbolPrefix: \"CCM/MSP/2026\" }\n    ) { __typename ... on MutationCreateMeetingSuccess { meeting { id } } }\n  }\n": types.ObserverDraftMeetingDocument,
    "\n  query ObserverApplicationsRequested($id: ID!) {\n    meeting(id: $id) { observerApplications(filter: { status: REQUESTED }) { totalCount edges { node { id motivation } } } }\n  }\n": types.ObserverApplicationsRequestedDocument,
    "\n  query ObserverEleventhMeeting { meetingByCode(code: \"11MSP\") { id } }\n": types.ObserverEleventhMeetingDocument,
    "\n  query ObserverInvitationCounts($id: ID!) { meeting(id: $id) { invitationCounts { capacity count } } }\n": types.ObserverInvitationCountsDocument,
    "\n  mutation PublicApply($meetingId: ID!, $input: PublicObserverApplicationInput!) {\n    applyToObserve(meetingId: $meetingId, input: $input) {\n      __typename\n      ... on MutationApplyToObserveSuccess { receipt { receivedAt } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n": types.PublicApplyDocument,
    "\n  mutation PublicDecide($invitationId: ID!, $decision: ObserverDecision!, $note: String) {\n    decideObserverApplication(invitationId: $invitationId, decision: $decision, note: $note) {\n      __typename\n      ... on ValidationError { issues { path } }\n    }\n  }\n": types.PublicDecideDocument,
    "\n  query PublicApplications($id: ID!) {\n    meeting(id: $id) {\n      observerApplications {\n        edges {\n          node {\n            id status contactName contactEmail motivation participant { __typename ... on Organisation { acronym name } }\n            statusHistory { status at note }\n          }\n        }\n      }\n    }\n  }\n": types.PublicApplicationsDocument,
    "\n  mutation PublicMeeting {\n    createMeeting(\n      input: { conventionCode: \"CCM\", kind: INTERSESSIONAL, number: 7, opensOn: \"2026-06-01\", closesOn: \"2026-06-02\"\n        venue: \"Palais des Nations\", city: \"Geneva\", timeZone: \"Europe/Zurich\", symbolPrefix: \"CCM/MSP/2026\" }\n    ) { __typename ... on MutationCreateMeetingSuccess { meeting { id } } }\n  }\n": types.PublicMeetingDocument,
    "\n  query PublicEleventhMeeting { meetingByCode(code: \"11MSP\") { id } }\n": types.PublicEleventhMeetingDocument,
    "\n  query QueryCountsMeetingsWithDelegations {\n    meetings(first: 5, filter: { year: 2023 }) { edges { node {\n      code\n      invitations(first: 50) { totalCount edges { node {\n        capacity\n        participant { __typename ... on State { iso3 } ... on Organisation { acronym } }\n        delegation { timeliness members { role givenName } }\n      } } }\n    } } }\n  }\n": types.QueryCountsMeetingsWithDelegationsDocument,
    "\n  query QueryCountsMeetingDelegations($id: ID!, $first: Int!) {\n    meeting(id: $id) { invitations(first: $first) { edges { node { participant { ... on State { iso3 name } } delegation { members { givenName familyName role } } } } } }\n  }\n": types.QueryCountsMeetingDelegationsDocument,
    "\n  query QueryCountsStatesWithRecords($first: Int!) {\n    states(first: $first) { edges { node {\n      iso3\n      treatyStatus { depositedOn }\n      reports { totalCount edges { node { kind periodYear } } }\n    } } }\n  }\n": types.QueryCountsStatesWithRecordsDocument,
    "\n  query QueryCountsComplianceWithReports($first: Int!) {\n    reportingCompliance(year: 2025, asOf: \"2026-11-28\") {\n      obligations(first: $first) { edges { node { state { iso3 name } status report { id kind forms { letter } } } } }\n    }\n  }\n": types.QueryCountsComplianceWithReportsDocument,
    "\n    query QueryCountsStatesTotal { states { totalCount } }\n  ": types.QueryCountsStatesTotalDocument,
    "\n    query QueryCountsMeetingsTotal { meetings { totalCount } }\n  ": types.QueryCountsMeetingsTotalDocument,
    "\n    query QueryCountsTransparencyReportsTotal { transparencyReports { totalCount } }\n  ": types.QueryCountsTransparencyReportsTotalDocument,
    "\n    query QueryCountsOrganisationsTotal { organisations { totalCount } }\n  ": types.QueryCountsOrganisationsTotalDocument,
    "\n    query QueryCountsConventionsTotal { conventions { totalCount } }\n  ": types.QueryCountsConventionsTotalDocument,
    "\n  query QueryCountsTypename { __typename }\n": types.QueryCountsTypenameDocument,
    "\n  query RateLimitCostOneState { state(iso3: \"NOR\") { iso3 name } }\n": types.RateLimitCostOneStateDocument,
    "\n  query RateLimitCostHundredStates { states(first: 100) { edges { node { iso3 name } } } }\n": types.RateLimitCostHundredStatesDocument,
    "\n  query RateLimitCostRateLimitAndHundredStates {\n    rateLimit { cost limit remaining resetAt }\n    states(first: 100) { edges { node { iso3 name } } }\n  }\n": types.RateLimitCostRateLimitAndHundredStatesDocument,
    "\n  query RateLimitCostStatesWithDelegations {\n    states(first: 100) { edges { node { iso3 delegations(first: 20) { edges { node { id submittedAt } } } } } }\n  }\n": types.RateLimitCostStatesWithDelegationsDocument,
    "\n  query RateLimitCostMeetingsWithInvitations {\n    meetings(first: 100) { edges { node { invitations(first: 100) { edges { node { id } } } } } }\n  }\n": types.RateLimitCostMeetingsWithInvitationsDocument,
    "\n  query ConcurrencyReadVersion($id: ID!) { node(id: $id) { ... on Delegation { version } } }\n": types.ConcurrencyReadVersionDocument,
    "\n  mutation DatabaseRestartAmend($id: ID!, $v: Int!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $id, version: $v, input: $input) { __typename ... on MutationAmendDelegationSuccess { delegation { version } } }\n  }\n": types.DatabaseRestartAmendDocument,
    "\n  query DatabaseRestartStates { states(first: 3) { totalCount edges { node { iso3 } } } }\n": types.DatabaseRestartStatesDocument,
    "\n  mutation DatabaseRestartSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { __typename ... on MutationSignInSuccess { session { token } } }\n  }\n": types.DatabaseRestartSignInDocument,
    "\n  query DatabaseRestartTypename { __typename }\n": types.DatabaseRestartTypenameDocument,
    "\n  mutation FaultsImportScale($input: ImportAssessmentScaleInput!) {\n    importAssessmentScale(input: $input) { __typename ... on Error { message } }\n  }\n": types.FaultsImportScaleDocument,
    "\n  mutation FaultsAmendFirstVersion($id: ID!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $id, version: 1, input: $input) { __typename }\n  }\n": types.FaultsAmendFirstVersionDocument,
    "\n  mutation FaultsAmend($id: ID!, $v: Int!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $id, version: $v, input: $input) { __typename }\n  }\n": types.FaultsAmendDocument,
    "\n  query FaultsStatesPage {\n    states(first: 100) { totalCount edges { node { iso3 name regionalGroup unStatus treatyStatus { __typename } } } }\n  }\n": types.FaultsStatesPageDocument,
    "\n  query FaultsTypename { __typename }\n": types.FaultsTypenameDocument,
    "\n  mutation FaultsAmendAndReadVersion($id: ID!, $v: Int!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $id, version: $v, input: $input) { __typename ... on MutationAmendDelegationSuccess { delegation { version } } }\n  }\n": types.FaultsAmendAndReadVersionDocument,
    "\n  mutation FaultsSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { ... on MutationSignInSuccess { session { token } } }\n  }\n": types.FaultsSignInDocument,
    "\n  mutation IdempotencyRecordPayment($costShareId: ID!, $input: RecordPaymentInput!, $key: String) {\n    recordPayment(costShareId: $costShareId, input: $input, idempotencyKey: $key) {\n      __typename\n      ... on MutationRecordPaymentSuccess { payment { id amount reference } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.IdempotencyRecordPaymentDocument,
    "\n  mutation IdempotencySetEstimate($meetingId: ID!, $input: SetCostEstimateInput!, $key: String) {\n    setCostEstimate(meetingId: $meetingId, input: $input, idempotencyKey: $key) {\n      __typename\n      ... on MutationSetCostEstimateSuccess { costEstimate { id version } }\n      ... on Error { message }\n    }\n  }\n": types.IdempotencySetEstimateDocument,
    "\n  query IdempotencyMutationArguments { __type(name: \"Mutation\") { fields { name args { name description } } } }\n": types.IdempotencyMutationArgumentsDocument,
    "\n  fragment IsolationPerson on DelegationMember { role salutation givenName familyName title email phone }\n": types.IsolationPersonFragmentDoc,
    "\n  fragment IsolationDelegates on Delegation {\n    id\n    headOfDelegation { ...IsolationPerson }\n    members { ...IsolationPerson }\n    changes { totalCount edges { node { changedByName before after } } }\n  }\n": types.IsolationDelegatesFragmentDoc,
    "\n  fragment IsolationReportList on TransparencyReportConnection { totalCount edges { node { id forms { letter status } } } }\n": types.IsolationReportListFragmentDoc,
    "\n  query IsolationListOfParticipants($id: ID!, $variant: ListOfParticipantsVariant!, $format: ListOfParticipantsFormat!) {\n    meeting(id: $id) { listOfParticipants(variant: $variant, format: $format) { content } }\n  }\n": types.IsolationListOfParticipantsDocument,
    "\n  query IsolationReportsOfStateYearKind {\n    transparencyReports(filter: { state: \"CHE\", year: 2025, kind: ANNUAL }) { ...IsolationReportList }\n  }\n": types.IsolationReportsOfStateYearKindDocument,
    "\n  query IsolationReportsOnTime($asOf: Date!) {\n    transparencyReports(filter: { compliance: ON_TIME, asOf: $asOf }) { ...IsolationReportList }\n  }\n": types.IsolationReportsOnTimeDocument,
    "\n  query IsolationStateReports { state(iso3: \"CHE\") { reports { ...IsolationReportList } } }\n": types.IsolationStateReportsDocument,
    "\n  query IsolationComplianceReports($asOf: Date!) {\n    reportingCompliance(year: 2026, asOf: $asOf) {\n      obligations(first: 100) { edges { node { state { iso3 } report { id forms { letter status } } } } }\n    }\n  }\n": types.IsolationComplianceReportsDocument,
    "\n  query IsolationNodesOfAdminRecords($ids: [ID!]!) { nodes(ids: $ids) { id ... on AuditEvent { after } ... on User { email } } }\n": types.IsolationNodesOfAdminRecordsDocument,
    "\n        query IsolationNodesOfDelegation($ids: [ID!]!) {\n          nodes(ids: $ids) { ...IsolationDelegates ... on Invitation { delegation { ...IsolationDelegates } } }\n        }\n      ": types.IsolationNodesOfDelegationDocument,
    "\n        query IsolationMeetingDelegations($id: ID!) {\n          meeting(id: $id) { delegations(first: 100) { edges { node { ...IsolationDelegates } } } }\n        }\n      ": types.IsolationMeetingDelegationsDocument,
    "\n        query IsolationLateDelegations($code: String!) {\n          meetingByCode(code: $code) { delegations(filter: { timeliness: LATE }) { edges { node { ...IsolationDelegates } } } }\n        }\n      ": types.IsolationLateDelegationsDocument,
    "\n        query IsolationInvitationDelegations($id: ID!) {\n          meeting(id: $id) { invitations(first: 100) { edges { node { delegation { ...IsolationDelegates } } } } }\n        }\n      ": types.IsolationInvitationDelegationsDocument,
    "\n        query IsolationMeetingsDelegations {\n          meetings(filter: { year: 2023 }, first: 5) { edges { node { delegations(first: 5) { edges { node { ...IsolationDelegates } } } } } }\n        }\n      ": types.IsolationMeetingsDelegationsDocument,
    "\n        query IsolationStateDelegations { state(iso3: \"CHE\") { delegations { edges { node { ...IsolationDelegates } } } } }\n      ": types.IsolationStateDelegationsDocument,
    "\n        query IsolationSearchedStatesDelegations {\n          states(filter: { search: \"Switzerland\" }, first: 5) { edges { node { delegations(first: 10) { edges { node { ...IsolationDelegates } } } } } }\n        }\n      ": types.IsolationSearchedStatesDelegationsDocument,
    "\n        query IsolationOwnStateDelegations { me { state { delegations { edges { node { ...IsolationDelegates } } } } } }\n      ": types.IsolationOwnStateDelegationsDocument,
    "\n        mutation IsolationAmendOwnDelegation($id: ID!, $version: Int!, $input: DelegationInput!) {\n          amendDelegation(delegationId: $id, version: $version, input: $input) {\n            __typename\n            ... on MutationAmendDelegationSuccess { delegation { invitation { meeting { delegations { edges { node { ...IsolationDelegates } } } } } } }\n          }\n        }\n      ": types.IsolationAmendOwnDelegationDocument,
    "\n        query IsolationReportNode($id: ID!) { node(id: $id) { id ... on TransparencyReport { published forms { letter status } } } }\n      ": types.IsolationReportNodeDocument,
    "\n        query IsolationUserNode($id: ID!) { node(id: $id) { id ... on User { email name } } }\n      ": types.IsolationUserNodeDocument,
    "\n        query IsolationUsersSearched { users(filter: { search: \"same-state\" }) { edges { node { id email name } } } }\n      ": types.IsolationUsersSearchedDocument,
    "\n        query IsolationDelegationAudit($id: ID!) {\n          auditEvents(filter: { entityId: $id }) { edges { node { id action before after actorUser { email } } } }\n        }\n      ": types.IsolationDelegationAuditDocument,
    "\n  mutation IsolationAmend($id: ID!, $version: Int!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $id, version: $version, input: $input) { __typename ... on Error { message } }\n  }\n": types.IsolationAmendDocument,
    "\n  mutation IsolationRecordReport($input: RecordTransparencyReportInput!) {\n    recordTransparencyReport(input: $input) { __typename ... on Error { message } }\n  }\n": types.IsolationRecordReportDocument,
    "\n      mutation IsolationSubmit($id: ID!, $input: DelegationInput!) {\n        submitDelegation(invitationId: $id, input: $input) { __typename ... on Error { message } }\n      }\n    ": types.IsolationSubmitDocument,
    "\n      mutation IsolationRecordCredentials($id: ID!, $input: CredentialsInput!) {\n        recordCredentials(delegationId: $id, input: $input) { __typename ... on Error { message } }\n      }\n    ": types.IsolationRecordCredentialsDocument,
    "\n      mutation IsolationDecideObserverApplication($id: ID!) {\n        decideObserverApplication(invitationId: $id, decision: REJECT) { __typename ... on Error { message } }\n      }\n    ": types.IsolationDecideObserverApplicationDocument,
    "\n      mutation IsolationUpdateReportForms($id: ID!, $version: Int!, $forms: [ReportFormInput!]!) {\n        updateReportForms(reportId: $id, version: $version, forms: $forms) { __typename ... on Error { message } }\n      }\n    ": types.IsolationUpdateReportFormsDocument,
    "\n      mutation IsolationPublishReport($id: ID!, $version: Int!) {\n        publishReport(reportId: $id, version: $version) { __typename ... on Error { message } }\n      }\n    ": types.IsolationPublishReportDocument,
    "\n      mutation IsolationMoveUserToAustria($id: ID!) {\n        updateUser(id: $id, input: { stateIso3: \"AUT\" }) { __typename ... on Error { message } }\n      }\n    ": types.IsolationMoveUserToAustriaDocument,
    "\n  query IsolationMeetingDelegates($id: ID!) {\n    meeting(id: $id) { invitations(first: 100) { edges { node { participant { ... on State { iso3 } } delegation { ...IsolationDelegates } } } } }\n  }\n": types.IsolationMeetingDelegatesDocument,
    "\n  mutation IsolationRecordDraftReport($input: RecordTransparencyReportInput!) {\n    recordTransparencyReport(input: $input) { __typename ... on MutationRecordTransparencyReportSuccess { report { id } } }\n  }\n": types.IsolationRecordDraftReportDocument,
    "\n  query IsolationDelegationNode($id: ID!) { node(id: $id) { ...IsolationDelegates } }\n": types.IsolationDelegationNodeDocument,
    "\n  mutation IsolationMoveToAustria($id: ID!) { updateUser(id: $id, input: { stateIso3: \"AUT\" }) { __typename } }\n": types.IsolationMoveToAustriaDocument,
    "\n  mutation ReminderSend($input: SendReportReminderInput!) {\n    sendReportReminder(input: $input) {\n      __typename\n      ... on MutationSendReportReminderSuccess { reminder { state { iso3 } kind periodYear reference date dueOn issuingOffice submissionOffice language sentAt } }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n": types.ReminderSendDocument,
    "\n  query ReminderAuditTrail($filter: AuditEventFilter, $first: Int) {\n    auditEvents(filter: $filter, first: $first) {\n      totalCount\n      edges { node { action entityType actorName after entity { id ... on State { iso3 } ... on Delegation { version } ... on Meeting { code } } } }\n    }\n  }\n": types.ReminderAuditTrailDocument,
    "\n  mutation ReminderSendAll($input: SendReportRemindersInput!) {\n    sendReportReminders(input: $input) {\n      __typename\n      ... on MutationSendReportRemindersSuccess { reminders { state { iso3 } kind periodYear reference date dueOn language sentByName } }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n": types.ReminderSendAllDocument,
    "\n  query ReminderSentTo($iso3: String!) {\n    state(iso3: $iso3) { reportRemindersSent(first: 10) { totalCount edges { node { reference kind periodYear date } } } }\n  }\n": types.ReminderSentToDocument,
    "\n  query ReminderNode($id: ID!) { node(id: $id) { id } }\n": types.ReminderNodeDocument,
    "\n  query ReminderAuditOfNotAMeeting { auditEvents(filter: { meeting: \"bm90LWFuLWlk\" }) { totalCount } }\n": types.ReminderAuditOfNotAMeetingDocument,
    "\n  query ReminderAuditCount { auditEvents { totalCount } }\n": types.ReminderAuditCountDocument,
    "\n  mutation ReportsRecord($input: RecordTransparencyReportInput!) {\n    recordTransparencyReport(input: $input) {\n      __typename\n      ... on MutationRecordTransparencyReportSuccess {\n        report {\n          id kind periodYear periodStart periodEnd dueOn dueOnOverridden receivedOn channel published publishedAt version\n          state { iso3 } convention { code } forms { letter status unchangedSinceYear }\n          lateOn: compliance(asOf: \"2024-03-01\")\n        }\n      }\n      ... on Error { message code }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n": types.ReportsRecordDocument,
    "\n  mutation ReportsUpdateForms($reportId: ID!, $version: Int!, $forms: [ReportFormInput!]!) {\n    updateReportForms(reportId: $reportId, version: $version, forms: $forms) {\n      __typename\n      ... on MutationUpdateReportFormsSuccess { report { version forms { letter status unchangedSinceYear } } }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n": types.ReportsUpdateFormsDocument,
    "\n  mutation ReportsPublish($reportId: ID!, $version: Int!) {\n    publishReport(reportId: $reportId, version: $version) {\n      __typename\n      ... on MutationPublishReportSuccess { report { published publishedAt version } }\n      ... on Error { message }\n    }\n  }\n": types.ReportsPublishDocument,
    "\n  query ReportsOfNigeria($filter: TransparencyReportFilter) {\n    transparencyReports(filter: $filter) { totalCount edges { node { kind periodYear published } } }\n    state(iso3: \"NGA\") { reports { totalCount } }\n  }\n": types.ReportsOfNigeriaDocument,
    "\n  query ReportsSouthSudanId { state(iso3: \"SSD\") { id } }\n": types.ReportsSouthSudanIdDocument,
    "\n  query ReportsNodeAndNodes($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }\n": types.ReportsNodeAndNodesDocument,
    "\n  query ReportsFiltered($filter: TransparencyReportFilter) {\n    transparencyReports(filter: $filter) {\n      totalCount\n      edges { node { state { iso3 } kind periodYear compliance(asOf: \"2024-03-01\") } }\n    }\n  }\n": types.ReportsFilteredDocument,
    "\n  query ReportsOfAState($iso3: String!, $filter: StateReportFilter) {\n    state(iso3: $iso3) {\n      reports(filter: $filter) { totalCount edges { node { kind periodYear compliance(asOf: \"2024-03-01\") } } }\n    }\n  }\n": types.ReportsOfAStateDocument,
    "\n  query ResponseCacheReadDelegation($id: ID!) {\n    node(id: $id) { ... on Delegation { version members { position givenName familyName } credentials { status } } }\n  }\n": types.ResponseCacheReadDelegationDocument,
    "\n  query ResponseCacheStatesNamedNor { states(first: 3, filter: { search: \"Nor\" }) { edges { node { iso3 name } } } }\n": types.ResponseCacheStatesNamedNorDocument,
    "\n  query ResponseCacheMeAndUser($id: ID!) { me { email } node(id: $id) { ... on User { email } } }\n": types.ResponseCacheMeAndUserDocument,
    "\n  query ResponseCacheUsers { users(first: 5) { totalCount } }\n": types.ResponseCacheUsersDocument,
    "\n  mutation ResponseCacheSignOut { signOut }\n": types.ResponseCacheSignOutDocument,
    "\n  query ResponseCacheRateLimit { rateLimit { remaining } }\n": types.ResponseCacheRateLimitDocument,
    "\n    query ResponseCacheApiKeyStatus { apiKeys { edges { node { name status } } } }\n  ": types.ResponseCacheApiKeyStatusDocument,
    "\n    query ResponseCacheApiKeyLastUse { apiKeys { edges { node { name lastUsedAt } } } }\n  ": types.ResponseCacheApiKeyLastUseDocument,
    "\n  query ResponseCacheThreeStates { states(first: 3) { edges { node { iso3 } } } }\n": types.ResponseCacheThreeStatesDocument,
    "\n  query ResponseCacheMeetingsAndConventions { meetings(first: 5) { edges { node { code convention { code } } } } }\n": types.ResponseCacheMeetingsAndConventionsDocument,
    "\n  query ResponseCacheStatesPartiesCount { states(filter: { status: STATE_PARTY }) { totalCount } }\n": types.ResponseCacheStatesPartiesCountDocument,
    "\n  query ResponseCacheTypename { __typename }\n": types.ResponseCacheTypenameDocument,
    "\n  mutation SignInAs($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      __typename\n      ... on MutationSignInSuccess { session { token expiresAt } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n": types.SignInAsDocument,
    "\n  query SignedInAs { me { email role } }\n": types.SignedInAsDocument,
    "\n  mutation SignOut { signOut }\n": types.SignOutDocument,
    "\n  mutation ActorsSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      __typename\n      ... on MutationSignInSuccess { session { token } }\n      ... on Error { message }\n    }\n  }\n": types.ActorsSignInDocument,
    "\n  mutation DelegationSubmit($invitationId: ID!, $input: DelegationInput!) {\n    submitDelegation(invitationId: $invitationId, input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationSubmitDelegationSuccess {\n        delegation {\n          id version timeliness amendedAfterDeadline\n          headOfDelegation { givenName role }\n          members { role position salutation givenName familyName title email }\n          credentials { issuingAuthority authorisedBy documentKind receivedDate status }\n        }\n      }\n    }\n  }\n": types.DelegationSubmitDocument,
    "\n  mutation DelegationAmend($delegationId: ID!, $version: Int!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $delegationId, version: $version, input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationAmendDelegationSuccess {\n        delegation {\n          id version timeliness amendedAfterDeadline\n          headOfDelegation { givenName role }\n          members { role position salutation givenName familyName title email }\n          credentials { issuingAuthority authorisedBy documentKind receivedDate status }\n        }\n      }\n    }\n  }\n": types.DelegationAmendDocument,
    "\n  mutation DelegationRecordCredentials($delegationId: ID!, $input: CredentialsInput!) {\n    recordCredentials(delegationId: $delegationId, input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationRecordCredentialsSuccess {\n        delegation {\n          id version timeliness amendedAfterDeadline\n          headOfDelegation { givenName role }\n          members { role position salutation givenName familyName title email }\n          credentials { issuingAuthority authorisedBy documentKind receivedDate status }\n        }\n      }\n    }\n  }\n": types.DelegationRecordCredentialsDocument,
    "\n  mutation TreatyActionRecorded($input: RecordTreatyActionInput!) {\n    recordTreatyAction(input: $input) {\n      __typename\n      ... on MutationRecordTreatyActionSuccess {\n        treatyRecord {\n          id state { iso3 } convention { code } version\n          signedOn signatureSource signatureVerified instrument depositedOn depositSource depositVerified\n          entryIntoForceOn entryIntoForceOverridden withdrawalNotifiedOn withdrawalEffectiveOn withdrawalSource\n        }\n      }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n": types.TreatyActionRecordedDocument,
    "\n  query TreatyActionPartiesOn($on: Date!) {\n    states(first: 100, filter: { status: STATE_PARTY, on: $on, search: \"IND\" }) { totalCount edges { node { iso3 } } }\n  }\n": types.TreatyActionPartiesOnDocument,
    "\n  query TreatyActionAudited($action: String!) {\n    auditEvents(first: 10, filter: { action: $action }) {\n      edges { node { action entityType entityId entity { __typename id } } }\n    }\n  }\n": types.TreatyActionAuditedDocument,
    "\n  query TreatyActionNode($id: ID!) {\n    node(id: $id) { __typename ... on TreatyRecord { state { iso3 } depositedOn } }\n  }\n": types.TreatyActionNodeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on MutationCreateUserSuccess { user { id email name role active state { iso3 } } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').AccessCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateUserSuccess { user { id name role active state { iso3 } } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').AccessUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      __typename\n      ... on MutationCreateApiKeySuccess {\n        key\n        apiKey { id name prefix scopes status expiresAt organisation { acronym } createdBy { email } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').AccessCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      __typename\n      ... on MutationRevokeApiKeySuccess { apiKey { id status revokedAt } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').AccessRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessAuditOf($id: ID!) {\n    auditEvents(filter: { entityId: $id }) { edges { node { action before after actorUser { email } } } }\n  }\n"): typeof import('./graphql').AccessAuditOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { __typename }\n  }\n"): typeof import('./graphql').AccessSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccessSignOut { signOut }\n"): typeof import('./graphql').AccessSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessMe { me { email } }\n"): typeof import('./graphql').AccessMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessSecretariatUsers {\n    users(filter: { role: SECRETARIAT }, first: 100) { totalCount edges { node { email role } } }\n  }\n"): typeof import('./graphql').AccessSecretariatUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessUserCount { users { totalCount } }\n"): typeof import('./graphql').AccessUserCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessApiKeyCount { apiKeys { totalCount } }\n"): typeof import('./graphql').AccessApiKeyCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessApiKeys { apiKeys(first: 100) { totalCount edges { node { prefix name } } } }\n"): typeof import('./graphql').AccessApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessConventionCount { conventions { totalCount } }\n"): typeof import('./graphql').AccessConventionCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessUsersCreatedBy($actor: ID!) {\n    auditEvents(filter: { action: \"user.create\", actor: $actor }, first: 100) {\n      totalCount\n      edges { node { action at actorUser { email } } }\n    }\n  }\n"): typeof import('./graphql').AccessUsersCreatedByDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessAuditByMadeUpActor { auditEvents(filter: { actor: \"bm90LWFuLWlk\" }) { totalCount } }\n"): typeof import('./graphql').AccessAuditByMadeUpActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessAuditEventCount { auditEvents { totalCount } }\n"): typeof import('./graphql').AccessAuditEventCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessNode($id: ID!) {\n    node(id: $id) { __typename id ... on User { email name } ... on ApiKey { prefix } ... on AuditEvent { action after } }\n  }\n"): typeof import('./graphql').AccessNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessUserNodes($ids: [ID!]!) { nodes(ids: $ids) { ... on User { email } } }\n"): typeof import('./graphql').AccessUserNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessApiKeyLastUsedAt($id: ID!) { node(id: $id) { __typename ... on ApiKey { lastUsedAt } } }\n"): typeof import('./graphql').AccessApiKeyLastUsedAtDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessmentScaleImport($input: ImportAssessmentScaleInput!) {\n    importAssessmentScale(input: $input) {\n      __typename\n      ... on MutationImportAssessmentScaleSuccess {\n        assessmentScale { name firstYear lastYear resolution source complete rates(first: 100) { totalCount edges { node { state { iso3 } ratePercent } } } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').AssessmentScaleImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentScaleSeeded {\n    assessmentScales(first: 10) { totalCount edges { node { name } } }\n    assessmentScale(name: \"2022-2024\") {\n      firstYear lastYear resolution complete\n      rates(first: 2) { totalCount edges { node { state { iso3 } ratePercent } } }\n      switzerland: rate(iso3: \"che\") { ratePercent }\n      holySee: rate(iso3: \"VAT\") { ratePercent }\n    }\n  }\n"): typeof import('./graphql').AssessmentScaleSeededDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentScaleNotHeld { assessmentScale(name: \"1999-2001\") { name } }\n"): typeof import('./graphql').AssessmentScaleNotHeldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixCredentials($id: ID!) {\n    node(id: $id) { __typename ... on Delegation { credentials { issuingAuthority authorisedBy documentKind receivedDate status } } }\n  }\n"): typeof import('./graphql').MatrixCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixListedCredentials($code: String!) {\n    meetingByCode(code: $code) { delegations { edges { node { credentials { status } } } } }\n  }\n"): typeof import('./graphql').MatrixListedCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatrixDelegates($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Delegation {\n        headOfDelegation { role givenName familyName }\n        members { role position salutation givenName familyName title email phone }\n      }\n    }\n  }\n"): typeof import('./graphql').MatrixDelegatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceOfYear($year: Int!, $asOf: Date, $filter: ReportObligationFilter, $first: Int) {\n    reportingCompliance(year: $year, asOf: $asOf) {\n      year asOf recordsBeginOn total totals { onTime late overdue notYetDue notRecorded }\n      obligations(filter: $filter, first: $first) {\n        totalCount\n        edges { node { state { iso3 } kind periodYear dueOn dueOnOverridden receivedOn status report { id } } }\n      }\n    }\n  }\n"): typeof import('./graphql').ComplianceOfYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ComplianceRecordsBegin($on: Date!) {\n    setReportRecordsBegin(reportRecordsBeginOn: $on) { __typename ... on MutationSetReportRecordsBeginSuccess { convention { reportRecordsBeginOn } } }\n  }\n"): typeof import('./graphql').ComplianceRecordsBeginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ComplianceRecordReport($input: RecordTransparencyReportInput!) {\n    recordTransparencyReport(input: $input) { __typename ... on MutationRecordTransparencyReportSuccess { report { id dueOn } } ... on Error { message } }\n  }\n"): typeof import('./graphql').ComplianceRecordReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceStatesWithReports($first: Int) {\n    states(first: $first, filter: { status: STATE_PARTY, on: \"2024-05-15\" }) {\n      edges { node { iso3 treatyStatus { entryIntoForceOn } reports(first: 5) { totalCount edges { node { periodYear dueOn compliance(asOf: \"2024-05-15\") } } } } }\n    }\n  }\n"): typeof import('./graphql').ComplianceStatesWithReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContributionsStatus($asOf: Date, $first: Int) {\n    contributionsStatus(asOf: $asOf) {\n      asOf dueDays totals { currency amountAssessed paid outstanding credit notYetDue underOneYear oneToTwoYears overTwoYears }\n      states(first: $first) {\n        totalCount\n        edges {\n          node {\n            state { iso3 }\n            totals { currency amountAssessed paid outstanding credit notYetDue underOneYear oneToTwoYears overTwoYears }\n            meetings { meeting { code } issueVersion issuedOn dueOn currency assessed amountAssessed paid outstanding credit arrearsAge }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContributionsStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContributionsRecordPayment($id: ID!, $input: RecordPaymentInput!) {\n    recordPayment(costShareId: $id, input: $input) { __typename ... on MutationRecordPaymentSuccess { payment { id } } }\n  }\n"): typeof import('./graphql').ContributionsRecordPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContributionsInArrears {\n    contributionsStatus(asOf: \"2024-07-05\") {\n      inArrears: states(inArrears: true) { edges { node { state { iso3 } } } }\n      upToDate: states(inArrears: false) { totalCount }\n    }\n  }\n"): typeof import('./graphql').ContributionsInArrearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContributionsOfStates {\n    che: state(iso3: \"CHE\") {\n      contributions {\n        totals { currency amountAssessed paid outstanding credit notYetDue underOneYear oneToTwoYears overTwoYears }\n        meetings { meeting { code } issueVersion issuedOn dueOn currency assessed amountAssessed paid outstanding credit arrearsAge }\n      }\n    }\n    nor: state(iso3: \"NOR\") { contributions { totals { currency } meetings { dueOn } } }\n  }\n"): typeof import('./graphql').ContributionsOfStatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContributionsOfAnUnknownConvention { contributionsStatus(convention: \"XYZ\") { asOf } }\n"): typeof import('./graphql').ContributionsOfAnUnknownConventionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContributionsSwissPayments($payment: ID!) {\n    state(iso3: \"CHE\") { contributions { totals { currency outstanding } meetings { costShare { paid payments { totalCount edges { node { receivedOn amount reference } } } } } } }\n    node(id: $payment) { ... on Payment { amount } }\n  }\n"): typeof import('./graphql').ContributionsSwissPaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContributionsStatusOfStates($first: Int!) {\n    contributionsStatus { states(first: $first) { edges { node {\n      state { iso3 name } totals { outstanding } meetings { meeting { code title } costShare { amount ratePercent } arrearsAge }\n    } } } }\n  }\n"): typeof import('./graphql').ContributionsStatusOfStatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContributionsOfAPageOfStates($first: Int!) {\n    states(first: $first) { edges { node { iso3 contributions { totals { outstanding } meetings { meeting { code } } } } } }\n  }\n"): typeof import('./graphql').ContributionsOfAPageOfStatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConveningNoteDetailsMeeting on Meeting {\n    id code version venue city country venueFr cityFr countryFr delegationDeadline delegationDeadlineWeekdayAsIssued webPage\n    secretariatOffice { code }\n    conveningNote {\n      reference date addressees addresseesFr issuingOffice { code } mandateResolution { number }\n      deadlineWeekdayDisagreement { date weekdayAsIssued weekdayOfDate message }\n    }\n  }\n"): typeof import('./graphql').ConveningNoteDetailsMeetingFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConveningNoteDetailsCreate($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      __typename\n      ... on MutationCreateMeetingSuccess { meeting { ...ConveningNoteDetailsMeeting } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').ConveningNoteDetailsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConveningNoteDetailsUpdate($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      __typename\n      ... on MutationUpdateMeetingSuccess { meeting { ...ConveningNoteDetailsMeeting } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').ConveningNoteDetailsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConveningNoteDetailsMeetingByCode($code: String!) { meetingByCode(code: $code) { ...ConveningNoteDetailsMeeting } }\n"): typeof import('./graphql').ConveningNoteDetailsMeetingByCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConveningNoteDetailsNote($code: String!, $language: Language!) {\n    meetingByCode(code: $code) { conveningNoteVerbale(format: TEXT, language: $language) { content } }\n  }\n"): typeof import('./graphql').ConveningNoteDetailsNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConveningNoteDetailsOfficesAndResolutions { offices { code } generalAssemblyResolutions { number conveningParagraph } }\n"): typeof import('./graphql').ConveningNoteDetailsOfficesAndResolutionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConveningCreate($input: CreateMeetingInput!) {\n    createMeeting(input: $input) { __typename ... on MutationCreateMeetingSuccess { meeting { id version status } } ... on Error { message } }\n  }\n"): typeof import('./graphql').ConveningCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConveningConvene($id: ID!, $version: Int, $conveningDate: Date) {\n    conveneMeeting(id: $id, version: $version, conveningDate: $conveningDate) {\n      __typename\n      ... on MutationConveneMeetingSuccess { meeting { status convenedOn version invitations { totalCount } } }\n      ... on ValidationError { issues { path message } }\n      ... on ConflictError { message allowed }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').ConveningConveneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConveningMeetingCode($id: ID!) { node(id: $id) { __typename ... on Meeting { code } } }\n"): typeof import('./graphql').ConveningMeetingCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConveningInvitationsByCapacity($id: ID!) {\n    meeting(id: $id) {\n      invitationCounts { capacity count }\n      organisations: invitations(filter: { capacity: ORGANISATION_OF_RIGHT }) {\n        totalCount edges { node { capacity status participant { __typename ... on Organisation { acronym } } } }\n      }\n      parties: invitations(filter: { capacity: STATE_PARTY, status: ISSUED }, first: 2) {\n        totalCount edges { node { participant { __typename ... on State { iso3 name } } } }\n      }\n    }\n  }\n"): typeof import('./graphql').ConveningInvitationsByCapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConveningOrganisationsOfRight($id: ID!) {\n    meeting(id: $id) {\n      invitations(first: 100, filter: { capacity: ORGANISATION_OF_RIGHT }) {\n        edges { node { capacity participant { __typename ... on State { name } ... on Organisation { name } } } }\n      }\n    }\n  }\n"): typeof import('./graphql').ConveningOrganisationsOfRightDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConveningFirstThreeStates($id: ID!) {\n    meeting(id: $id) { invitations(first: 3) { edges { node { participant { __typename ... on State { name } } } } } }\n  }\n"): typeof import('./graphql').ConveningFirstThreeStatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConveningCancel($id: ID!) { changeMeetingStatus(id: $id, version: 1, status: CANCELLED) { __typename } }\n"): typeof import('./graphql').ConveningCancelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CostSharesOnRealScalesRecordParticipants($meetingId: ID!, $input: RecordMeetingParticipantsInput!) {\n    recordMeetingParticipants(meetingId: $meetingId, input: $input) {\n      __typename\n      ... on MutationRecordMeetingParticipantsSuccess {\n        invitations { capacity participationRecordedAt participant { ... on State { iso3 } } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').CostSharesOnRealScalesRecordParticipantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CostSharesOnRealScalesSetEstimate($meetingId: ID!, $input: SetCostEstimateInput!) {\n    setCostEstimate(meetingId: $meetingId, input: $input) { __typename }\n  }\n"): typeof import('./graphql').CostSharesOnRealScalesSetEstimateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CostSharesOnRealScalesIssue($meetingId: ID!, $input: IssueCostSharesInput!) {\n    issueCostShares(meetingId: $meetingId, input: $input) {\n      __typename\n      ... on MutationIssueCostSharesSuccess { costShareIssue { id total scale { name } scaleOverrideReason } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').CostSharesOnRealScalesIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CostSharesOnRealScalesShare on CostShare { id state { iso3 } assessed ratePercent sharePercent amount }\n"): typeof import('./graphql').CostSharesOnRealScalesShareFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostSharesOnRealScalesShares($id: ID!, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on CostShareIssue {\n        shares(first: 100, after: $after) {\n          totalCount pageInfo { hasNextPage endCursor } edges { node { ...CostSharesOnRealScalesShare } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CostSharesOnRealScalesSharesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostSharesOnRealScalesNotice($id: ID!, $language: Language) {\n    node(id: $id) { __typename ... on CostShare { assessmentNotice(format: TEXT, language: $language) { content } } }\n  }\n"): typeof import('./graphql').CostSharesOnRealScalesNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CostSharesImportScale($input: ImportAssessmentScaleInput!) { importAssessmentScale(input: $input) { __typename } }\n"): typeof import('./graphql').CostSharesImportScaleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CostSharesSetEstimate($meetingId: ID!, $input: SetCostEstimateInput!) {\n    setCostEstimate(meetingId: $meetingId, input: $input) {\n      __typename\n      ... on MutationSetCostEstimateSuccess {\n        costEstimate { id version kind currency total lines { totalCount edges { node { position description amount } } } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').CostSharesSetEstimateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CostSharesShare on CostShare {\n    id state { iso3 } assessed ratePercent sharePercent amount currency paid outstanding credit\n  }\n"): typeof import('./graphql').CostSharesShareFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CostSharesIssue($meetingId: ID!, $input: IssueCostSharesInput!) {\n    issueCostShares(meetingId: $meetingId, input: $input) {\n      __typename\n      ... on MutationIssueCostSharesSuccess {\n        costShareIssue {\n          id version payerRule ceilingAndFloorReapplied currency total superseded scaleOverrideReason estimate { version }\n          scale { name } shares(first: 100) { totalCount edges { node { ...CostSharesShare } } }\n        }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').CostSharesIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CostSharesRecordPayment($costShareId: ID!, $input: RecordPaymentInput!) {\n    recordPayment(costShareId: $costShareId, input: $input) {\n      __typename\n      ... on MutationRecordPaymentSuccess {\n        payment { id amount currency receivedOn reference costShare { paid outstanding } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').CostSharesRecordPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostSharesMeetingEstimates($id: ID!) {\n    node(id: $id) {\n      ... on Meeting { costEstimate { version kind total } costEstimates { totalCount edges { node { version } } } }\n    }\n  }\n"): typeof import('./graphql').CostSharesMeetingEstimatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostSharesMeetingCurrentIssue($id: ID!) {\n    node(id: $id) {\n      ... on Meeting {\n        costShares {\n          version paid outstanding\n          unassessed: shares(filter: { assessed: false }) { totalCount edges { node { state { iso3 } } } }\n        }\n        costShareIssues { totalCount }\n      }\n    }\n  }\n"): typeof import('./graphql').CostSharesMeetingCurrentIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostSharesIssueAndMeetingVersions($id: ID!, $meeting: ID!) {\n    node(id: $id) { ... on CostShareIssue { version superseded total estimate { version } } }\n    meeting: node(id: $meeting) {\n      ... on Meeting { costShares { version } costShareIssues { edges { node { version superseded } } } }\n    }\n  }\n"): typeof import('./graphql').CostSharesIssueAndMeetingVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostSharesWithPayments($id: ID!) {\n    node(id: $id) {\n      ... on Meeting {\n        costShares {\n          paid outstanding\n          shares(first: 100) {\n            edges {\n              node {\n                state { iso3 } amount paid outstanding credit currency issue { version }\n                payments { totalCount edges { node { amount receivedOn } } }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CostSharesWithPaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostSharesSharePayments($id: ID!, $meeting: ID!) {\n    node(id: $id) {\n      ... on CostShare { paid outstanding payments { totalCount edges { node { amount receivedOn reference } } } }\n    }\n    meeting: node(id: $meeting) { ... on Meeting { costShares { paid outstanding } } }\n    state(iso3: \"CHE\") { costShares(first: 100) { edges { node { id } } } }\n  }\n"): typeof import('./graphql').CostSharesSharePaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CostSharesSharesPage on CostShareConnection {\n    totalCount pageInfo { hasNextPage endCursor } edges { node { id state { iso3 } standing paid outstanding } }\n  }\n"): typeof import('./graphql').CostSharesSharesPageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostSharesIssueShares($id: ID!, $filter: CostShareFilter, $first: Int, $after: String) {\n    node(id: $id) {\n      __typename\n      ... on Meeting {\n        costShares { shares(filter: $filter, first: $first, after: $after) { ...CostSharesSharesPage } }\n      }\n    }\n  }\n"): typeof import('./graphql').CostSharesIssueSharesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostSharesStateShares($iso3: String!, $filter: StateCostShareFilter) {\n    state(iso3: $iso3) {\n      costShares(filter: $filter, first: 100) { totalCount edges { node { id standing issue { superseded } } } }\n    }\n  }\n"): typeof import('./graphql').CostSharesStateSharesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TimelinessMoveDeadline($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) { __typename ... on Error { message } }\n  }\n"): typeof import('./graphql').TimelinessMoveDeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimelinessRead($meeting: ID!, $delegation: ID!) {\n    meeting(id: $meeting) {\n      delegationDeadline\n      late: delegations(filter: { timeliness: LATE }) { totalCount edges { node { id } } }\n      onTime: delegations(filter: { timeliness: ON_TIME }) { totalCount edges { node { id } } }\n    }\n    delegation: node(id: $delegation) {\n      __typename\n      ... on Delegation { timeliness amendedAfterDeadline changes { edges { node { version afterDeadline } } } }\n    }\n  }\n"): typeof import('./graphql').TimelinessReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationChangesAfterDeadline($id: ID!) {\n    node(id: $id) { __typename ... on Delegation { changes { edges { node { afterDeadline } } } } }\n  }\n"): typeof import('./graphql').DelegationChangesAfterDeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DelegationSubmitForADelegationId($input: DelegationInput!) {\n    submitDelegation(invitationId: \"RGVsZWdhdGlvbjowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA=\", input: $input) {\n      __typename\n      ... on ValidationError { issues { path } }\n    }\n  }\n"): typeof import('./graphql').DelegationSubmitForADelegationIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationChangesWithVersions($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Delegation { changes { totalCount edges { node { version afterDeadline } } } }\n    }\n  }\n"): typeof import('./graphql').DelegationChangesWithVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationsByTimeliness($meeting: ID!, $invitation: ID!) {\n    meeting: node(id: $meeting) {\n      __typename\n      ... on Meeting {\n        all: delegations { totalCount }\n        late: delegations(filter: { timeliness: LATE }) { totalCount edges { node { timeliness } } }\n        onTime: delegations(filter: { timeliness: ON_TIME }) { totalCount }\n      }\n    }\n    invitation: node(id: $invitation) { __typename ... on Invitation { delegation { id } } }\n    state(iso3: \"NOR\") { delegations { totalCount } }\n  }\n"): typeof import('./graphql').DelegationsByTimelinessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationParticipants($meeting: ID!) {\n    meeting(id: $meeting) {\n      delegations { edges { node { participant { __typename ... on State { iso3 } ... on Organisation { acronym name } } } } }\n    }\n  }\n"): typeof import('./graphql').DelegationParticipantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegationChangesCount($id: ID!) { node(id: $id) { __typename ... on Delegation { changes { totalCount } } } }\n"): typeof import('./graphql').DelegationChangesCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsConveningNote($code: String!, $format: LetterFormat, $language: Language) {\n    meetingByCode(code: $code) {\n      id\n      version\n      conveningNoteVerbale(format: $format, language: $language) { content mediaType fileName }\n    }\n  }\n"): typeof import('./graphql').DocumentsConveningNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsListOfParticipants(\n    $code: String!\n    $variant: ListOfParticipantsVariant\n    $format: ListOfParticipantsFormat\n    $language: Language\n  ) {\n    meetingByCode(code: $code) {\n      listOfParticipants(variant: $variant, format: $format, language: $language) { content mediaType fileName }\n    }\n  }\n"): typeof import('./graphql').DocumentsListOfParticipantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsAssessmentNotice($id: ID!, $format: LetterFormat, $language: Language) {\n    node(id: $id) {\n      __typename\n      ... on CostShare { assessmentNotice(format: $format, language: $language) { content mediaType fileName } }\n    }\n  }\n"): typeof import('./graphql').DocumentsAssessmentNoticeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsReportReminder($iso3: String!, $kind: ReportKind!, $year: Int!, $date: Date, $language: Language) {\n    state(iso3: $iso3) {\n      reportReminder(\n        kind: $kind\n        periodYear: $year\n        reference: \"ODA/2024-00123\"\n        date: $date\n        issuingOffice: \"ODA\"\n        submissionOffice: \"ODA-GENEVA\"\n        language: $language\n      ) { content fileName }\n    }\n  }\n"): typeof import('./graphql').DocumentsReportReminderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsMeetingNoteFileNames($first: Int!) {\n    meetings(first: $first) { edges { node { code conveningNoteVerbale { fileName } } } }\n  }\n"): typeof import('./graphql').DocumentsMeetingNoteFileNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsOfTheEleventhMeeting {\n    meetingByCode(code: \"11MSP\") {\n      documents(first: 5) { totalCount edges { node { symbol title kind languages status issuedOn url } } }\n    }\n  }\n"): typeof import('./graphql').DocumentsOfTheEleventhMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsLanguagesAtTheEleventhMeeting {\n    meetingByCode(code: \"11MSP\") { documents(first: 5) { edges { node { symbol languages } } } }\n  }\n"): typeof import('./graphql').DocumentsLanguagesAtTheEleventhMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocumentsUpdateMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) { __typename ... on Error { message } }\n  }\n"): typeof import('./graphql').DocumentsUpdateMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErrorCodesApplyToUnknownMeeting($meetingId: ID!) {\n    applyToObserve(\n      meetingId: $meetingId\n      input: {\n        organisationName: \"Demining Aid\"\n        acronym: \"DA\"\n        kind: \"NGO\"\n        contactName: \"A. Person\"\n        contactEmail: \"a.person@example.org\"\n        motivation: \"The organisation clears cluster munition remnants in the region.\"\n      }\n    ) { __typename ... on Error { code } }\n  }\n"): typeof import('./graphql').ErrorCodesApplyToUnknownMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoricalReportsImport($input: ImportHistoricalReportsInput!, $convention: String) {\n    importHistoricalReports(input: $input, convention: $convention) {\n      __typename\n      ... on MutationImportHistoricalReportsSuccess { result { imported reports { kind periodYear dueOn receivedOn channel state { iso3 } } } }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n"): typeof import('./graphql').HistoricalReportsImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoricalReportsSetRecordsBegin($on: Date!, $convention: String) {\n    setReportRecordsBegin(reportRecordsBeginOn: $on, convention: $convention) {\n      __typename\n      ... on MutationSetReportRecordsBeginSuccess { convention { reportRecordsBeginOn } }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n"): typeof import('./graphql').HistoricalReportsSetRecordsBeginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoricalReportsCompliance($year: Int!, $asOf: Date) {\n    reportingCompliance(year: $year, asOf: $asOf) {\n      totals { onTime late overdue notYetDue notRecorded }\n      obligations(first: 100) { edges { node { state { iso3 } kind status receivedOn } } }\n    }\n  }\n"): typeof import('./graphql').HistoricalReportsComplianceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotReadsStatesParties($on: Date!, $first: Int, $after: String, $last: Int, $before: String) {\n    states(filter: { status: STATE_PARTY, on: $on }, first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id iso3 iso2 name nameFr: name(language: FR) unShortName unStatus regionalGroup standing(on: $on) { date status entryIntoForce withdrawalEffective depositedNotYetInForce withdrawalPending } treatyStatus { id signedOn depositedOn instrument entryIntoForceOn withdrawalNotifiedOn withdrawalEffectiveOn } } }\n    }\n  }\n"): typeof import('./graphql').HotReadsStatesPartiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotReadsAllStates($first: Int!, $after: String) {\n    states(first: $first, after: $after) { edges { cursor node { iso3 names { en zh } treatyStatus(convention: \"APMBC\") { depositedOn } standing(on: \"2020-01-01\", convention: \"APMBC\") { status } } } }\n  }\n"): typeof import('./graphql').HotReadsAllStatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotReadsMeetingDelegations($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    meeting(id: $id) {\n      invitations(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n        edges { cursor node { participant { ... on State { iso3 name } } delegation { members { givenName familyName role } } } }\n      }\n    }\n  }\n"): typeof import('./graphql').HotReadsMeetingDelegationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotReadsMeetingInFull($id: ID!, $first: Int, $after: String) {\n    meeting(id: $id) {\n      id code kind number part title opensOn closesOn venue city country venueFr cityFr countryFr timeZone presidentName status convenedOn\n      delegationDeadline delegationDeadlineWeekdayAsIssued reportingDeadline webPage symbolPrefix version updatedAt conveningNote { reference date }\n      invitations(first: $first, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node {\n          id capacity status decisionNote\n          participant { __typename ... on State { id iso3 iso2 name nameFr: name(language: FR) unShortName unStatus regionalGroup } ... on Organisation { acronym } }\n          delegation { id version publicListConsent headOfDelegation { role position givenName } members { role position salutation givenName familyName title email phone } }\n        } }\n      }\n    }\n  }\n"): typeof import('./graphql').HotReadsMeetingInFullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotReadsStatePartiesInvited($id: ID!) {\n    meeting(id: $id) { invitations(first: 10, filter: { capacity: STATE_PARTY }) { totalCount edges { node { participant { ... on State { iso3 } } delegation { members { givenName } } } } } }\n  }\n"): typeof import('./graphql').HotReadsStatePartiesInvitedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotReadsFirstInvitationCursor($id: ID!) { meeting(id: $id) { invitations(first: 1) { edges { cursor } } } }\n"): typeof import('./graphql').HotReadsFirstInvitationCursorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotReadsTypename { __typename }\n"): typeof import('./graphql').HotReadsTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NightlySync($since: DateTime, $after: String, $meetingsAfter: String, $reportsAfter: String) {\n    states(first: 100, after: $after, filter: { updatedSince: $since }) { pageInfo { hasNextPage endCursor } edges { node { iso3 updatedAt } } }\n    meetings(first: 100, after: $meetingsAfter, filter: { updatedSince: $since }) { pageInfo { hasNextPage endCursor } edges { node { code updatedAt } } }\n    transparencyReports(first: 100, after: $reportsAfter, filter: { updatedSince: $since }) { pageInfo { hasNextPage endCursor } edges { node { id updatedAt } } }\n  }\n"): typeof import('./graphql').NightlySyncDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncRecordTreatyAction($input: RecordTreatyActionInput!) {\n    recordTreatyAction(input: $input) { __typename ... on MutationRecordTreatyActionSuccess { treatyRecord { updatedAt state { updatedAt } } } }\n  }\n"): typeof import('./graphql').SyncRecordTreatyActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SyncMeeting($code: String!) { meetingByCode(code: $code) { id version updatedAt } }\n"): typeof import('./graphql').SyncMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncUpdateMeeting($id: ID!, $version: Int!) {\n    updateMeeting(id: $id, version: $version, input: { webPage: \"https://www.clusterconvention.org/11msp-updated\" }) {\n      __typename ... on MutationUpdateMeetingSuccess { meeting { code updatedAt } }\n    }\n  }\n"): typeof import('./graphql').SyncUpdateMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncRecordReport($input: RecordTransparencyReportInput!) {\n    recordTransparencyReport(input: $input) { __typename ... on MutationRecordTransparencyReportSuccess { report { id version } } }\n  }\n"): typeof import('./graphql').SyncRecordReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SyncPublishReport($reportId: ID!, $version: Int!) {\n    publishReport(reportId: $reportId, version: $version) { __typename ... on MutationPublishReportSuccess { report { id updatedAt } } }\n  }\n"): typeof import('./graphql').SyncPublishReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CapacityRecordTreatyAction($input: RecordTreatyActionInput!) {\n    recordTreatyAction(input: $input) { __typename ... on Error { message } }\n  }\n"): typeof import('./graphql').CapacityRecordTreatyActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapacityOfInvitation($id: ID!) {\n    node(id: $id) { __typename ... on Invitation { capacity delegation { id } capacityChanges { changedAt previousCapacity capacity standingOn cause } } }\n  }\n"): typeof import('./graphql').CapacityOfInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CapacityMoveMeeting($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) { __typename ... on Error { message } }\n  }\n"): typeof import('./graphql').CapacityMoveMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NamesInLanguages {\n    state(iso3: \"NOR\") { en: name ar: name(language: AR) fr: name(language: FR) }\n    organisations(first: 100) { edges { node { acronym en: name fr: name(language: FR) es: name(language: ES) } } }\n  }\n"): typeof import('./graphql').NamesInLanguagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EleventhMeeting {\n    meetingByCode(code: \"11MSP\") {\n      title opensOn closesOn venue city timeZone delegationDeadline reportingDeadline status\n      conveningNote { reference date issuingOffice { name } mandateResolution { number adoptedOn } }\n      secretariatOffice { email }\n    }\n  }\n"): typeof import('./graphql').EleventhMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatesPartiesOn($on: Date!) {\n    states(filter: { status: STATE_PARTY, on: $on }, first: 100) { totalCount edges { node { iso3 } } }\n  }\n"): typeof import('./graphql').StatesPartiesOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatesWithStatus($status: TreatyStatus!, $on: Date!, $after: String) {\n    states(filter: { status: $status, on: $on }, first: 100, after: $after) {\n      totalCount edges { node { iso3 } } pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').StatesWithStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StandingsOn($on: Date!, $after: String) {\n    states(first: 100, after: $after) { edges { node { iso3 standing(on: $on) { status } } } pageInfo { hasNextPage endCursor } }\n  }\n"): typeof import('./graphql').StandingsOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LithuaniaTreatyRecord {\n    state(iso3: \"ltu\") {\n      name(language: FR)\n      treatyStatus { depositedOn entryIntoForceOn withdrawalEffectiveOn }\n      before: standing(on: \"2025-03-05\") { status withdrawalPending }\n      after: standing(on: \"2025-03-06\") { status }\n    }\n  }\n"): typeof import('./graphql').LithuaniaTreatyRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StateNamesInThreeLanguages {\n    states(first: 100) { edges { node { iso3 en: name fr: name(language: FR) zh: name(language: ZH) } } }\n  }\n"): typeof import('./graphql').StateNamesInThreeLanguagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FullPageOfStates {\n    states(first: 100) { totalCount edges { cursor } }\n  }\n"): typeof import('./graphql').FullPageOfStatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingsCreate($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      __typename\n      ... on MutationCreateMeetingSuccess {\n        meeting { id code title status version presidentName presidentState { iso3 } conveningNote { reference date issuingOffice { code } } secretariatOffice { code } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on ConflictError { message allowed }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').MeetingsCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingsUpdate($id: ID!, $version: Int!, $input: UpdateMeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      __typename\n      ... on MutationUpdateMeetingSuccess {\n        meeting { id code title status version presidentName presidentState { iso3 } conveningNote { reference date issuingOffice { code } } secretariatOffice { code } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on ConflictError { message allowed }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').MeetingsUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingsChangeStatus($id: ID!, $version: Int!, $status: MeetingStatus!) {\n    changeMeetingStatus(id: $id, version: $version, status: $status) {\n      __typename\n      ... on MutationChangeMeetingStatusSuccess {\n        meeting { id code title status version presidentName presidentState { iso3 } conveningNote { reference date issuingOffice { code } } secretariatOffice { code } }\n      }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n      ... on ConflictError { message allowed }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').MeetingsChangeStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsFoundMissingMalformed($id: ID!, $missing: ID!) {\n    found: meeting(id: $id) { code }\n    missing: meeting(id: $missing) { code }\n    malformed: meeting(id: \"nonsense\") { code }\n  }\n"): typeof import('./graphql').MeetingsFoundMissingMalformedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingsCityAndVersion($id: ID!) { meeting(id: $id) { city version } }\n"): typeof import('./graphql').MeetingsCityAndVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeetingsConvene($id: ID!) { conveneMeeting(id: $id) { __typename } }\n"): typeof import('./graphql').MeetingsConveneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObserverApply($meetingId: ID!, $applicant: ObserverApplicantInput!, $motivation: String!) {\n    applyAsObserver(meetingId: $meetingId, applicant: $applicant, motivation: $motivation) {\n      __typename\n      ... on MutationApplyAsObserverSuccess { invitation { id capacity status requestedAt motivation participant { __typename ... on Organisation { id acronym name } } } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').ObserverApplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObserverDecide($invitationId: ID!, $decision: ObserverDecision!, $note: String) {\n    decideObserverApplication(invitationId: $invitationId, decision: $decision, note: $note) {\n      __typename\n      ... on MutationDecideObserverApplicationSuccess { invitation { status decidedAt decisionNote } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on ConflictError { message allowed }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').ObserverDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObserverDraftMeeting($number: Int!) {\n    createMeeting(\n      input: { conventionCode: \"CCM\", kind: INTERSESSIONAL, number: $number, opensOn: \"2026-06-01\", closesOn: \"2026-06-02\"\n        venue: \"Palais des Nations\", city: \"Geneva\", timeZone: \"Europe/Zurich\", symbolPrefix: \"CCM/MSP/2026\" }\n    ) { __typename ... on MutationCreateMeetingSuccess { meeting { id } } }\n  }\n"): typeof import('./graphql').ObserverDraftMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObserverApplicationsRequested($id: ID!) {\n    meeting(id: $id) { observerApplications(filter: { status: REQUESTED }) { totalCount edges { node { id motivation } } } }\n  }\n"): typeof import('./graphql').ObserverApplicationsRequestedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObserverEleventhMeeting { meetingByCode(code: \"11MSP\") { id } }\n"): typeof import('./graphql').ObserverEleventhMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObserverInvitationCounts($id: ID!) { meeting(id: $id) { invitationCounts { capacity count } } }\n"): typeof import('./graphql').ObserverInvitationCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicApply($meetingId: ID!, $input: PublicObserverApplicationInput!) {\n    applyToObserve(meetingId: $meetingId, input: $input) {\n      __typename\n      ... on MutationApplyToObserveSuccess { receipt { receivedAt } }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').PublicApplyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicDecide($invitationId: ID!, $decision: ObserverDecision!, $note: String) {\n    decideObserverApplication(invitationId: $invitationId, decision: $decision, note: $note) {\n      __typename\n      ... on ValidationError { issues { path } }\n    }\n  }\n"): typeof import('./graphql').PublicDecideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicApplications($id: ID!) {\n    meeting(id: $id) {\n      observerApplications {\n        edges {\n          node {\n            id status contactName contactEmail motivation participant { __typename ... on Organisation { acronym name } }\n            statusHistory { status at note }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PublicApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicMeeting {\n    createMeeting(\n      input: { conventionCode: \"CCM\", kind: INTERSESSIONAL, number: 7, opensOn: \"2026-06-01\", closesOn: \"2026-06-02\"\n        venue: \"Palais des Nations\", city: \"Geneva\", timeZone: \"Europe/Zurich\", symbolPrefix: \"CCM/MSP/2026\" }\n    ) { __typename ... on MutationCreateMeetingSuccess { meeting { id } } }\n  }\n"): typeof import('./graphql').PublicMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicEleventhMeeting { meetingByCode(code: \"11MSP\") { id } }\n"): typeof import('./graphql').PublicEleventhMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryCountsMeetingsWithDelegations {\n    meetings(first: 5, filter: { year: 2023 }) { edges { node {\n      code\n      invitations(first: 50) { totalCount edges { node {\n        capacity\n        participant { __typename ... on State { iso3 } ... on Organisation { acronym } }\n        delegation { timeliness members { role givenName } }\n      } } }\n    } } }\n  }\n"): typeof import('./graphql').QueryCountsMeetingsWithDelegationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryCountsMeetingDelegations($id: ID!, $first: Int!) {\n    meeting(id: $id) { invitations(first: $first) { edges { node { participant { ... on State { iso3 name } } delegation { members { givenName familyName role } } } } } }\n  }\n"): typeof import('./graphql').QueryCountsMeetingDelegationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryCountsStatesWithRecords($first: Int!) {\n    states(first: $first) { edges { node {\n      iso3\n      treatyStatus { depositedOn }\n      reports { totalCount edges { node { kind periodYear } } }\n    } } }\n  }\n"): typeof import('./graphql').QueryCountsStatesWithRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryCountsComplianceWithReports($first: Int!) {\n    reportingCompliance(year: 2025, asOf: \"2026-11-28\") {\n      obligations(first: $first) { edges { node { state { iso3 name } status report { id kind forms { letter } } } } }\n    }\n  }\n"): typeof import('./graphql').QueryCountsComplianceWithReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query QueryCountsStatesTotal { states { totalCount } }\n  "): typeof import('./graphql').QueryCountsStatesTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query QueryCountsMeetingsTotal { meetings { totalCount } }\n  "): typeof import('./graphql').QueryCountsMeetingsTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query QueryCountsTransparencyReportsTotal { transparencyReports { totalCount } }\n  "): typeof import('./graphql').QueryCountsTransparencyReportsTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query QueryCountsOrganisationsTotal { organisations { totalCount } }\n  "): typeof import('./graphql').QueryCountsOrganisationsTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query QueryCountsConventionsTotal { conventions { totalCount } }\n  "): typeof import('./graphql').QueryCountsConventionsTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryCountsTypename { __typename }\n"): typeof import('./graphql').QueryCountsTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateLimitCostOneState { state(iso3: \"NOR\") { iso3 name } }\n"): typeof import('./graphql').RateLimitCostOneStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateLimitCostHundredStates { states(first: 100) { edges { node { iso3 name } } } }\n"): typeof import('./graphql').RateLimitCostHundredStatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateLimitCostRateLimitAndHundredStates {\n    rateLimit { cost limit remaining resetAt }\n    states(first: 100) { edges { node { iso3 name } } }\n  }\n"): typeof import('./graphql').RateLimitCostRateLimitAndHundredStatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateLimitCostStatesWithDelegations {\n    states(first: 100) { edges { node { iso3 delegations(first: 20) { edges { node { id submittedAt } } } } } }\n  }\n"): typeof import('./graphql').RateLimitCostStatesWithDelegationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateLimitCostMeetingsWithInvitations {\n    meetings(first: 100) { edges { node { invitations(first: 100) { edges { node { id } } } } } }\n  }\n"): typeof import('./graphql').RateLimitCostMeetingsWithInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConcurrencyReadVersion($id: ID!) { node(id: $id) { ... on Delegation { version } } }\n"): typeof import('./graphql').ConcurrencyReadVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DatabaseRestartAmend($id: ID!, $v: Int!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $id, version: $v, input: $input) { __typename ... on MutationAmendDelegationSuccess { delegation { version } } }\n  }\n"): typeof import('./graphql').DatabaseRestartAmendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatabaseRestartStates { states(first: 3) { totalCount edges { node { iso3 } } } }\n"): typeof import('./graphql').DatabaseRestartStatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DatabaseRestartSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { __typename ... on MutationSignInSuccess { session { token } } }\n  }\n"): typeof import('./graphql').DatabaseRestartSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatabaseRestartTypename { __typename }\n"): typeof import('./graphql').DatabaseRestartTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsImportScale($input: ImportAssessmentScaleInput!) {\n    importAssessmentScale(input: $input) { __typename ... on Error { message } }\n  }\n"): typeof import('./graphql').FaultsImportScaleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsAmendFirstVersion($id: ID!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $id, version: 1, input: $input) { __typename }\n  }\n"): typeof import('./graphql').FaultsAmendFirstVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsAmend($id: ID!, $v: Int!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $id, version: $v, input: $input) { __typename }\n  }\n"): typeof import('./graphql').FaultsAmendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultsStatesPage {\n    states(first: 100) { totalCount edges { node { iso3 name regionalGroup unStatus treatyStatus { __typename } } } }\n  }\n"): typeof import('./graphql').FaultsStatesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaultsTypename { __typename }\n"): typeof import('./graphql').FaultsTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsAmendAndReadVersion($id: ID!, $v: Int!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $id, version: $v, input: $input) { __typename ... on MutationAmendDelegationSuccess { delegation { version } } }\n  }\n"): typeof import('./graphql').FaultsAmendAndReadVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FaultsSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { ... on MutationSignInSuccess { session { token } } }\n  }\n"): typeof import('./graphql').FaultsSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotencyRecordPayment($costShareId: ID!, $input: RecordPaymentInput!, $key: String) {\n    recordPayment(costShareId: $costShareId, input: $input, idempotencyKey: $key) {\n      __typename\n      ... on MutationRecordPaymentSuccess { payment { id amount reference } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').IdempotencyRecordPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotencySetEstimate($meetingId: ID!, $input: SetCostEstimateInput!, $key: String) {\n    setCostEstimate(meetingId: $meetingId, input: $input, idempotencyKey: $key) {\n      __typename\n      ... on MutationSetCostEstimateSuccess { costEstimate { id version } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').IdempotencySetEstimateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IdempotencyMutationArguments { __type(name: \"Mutation\") { fields { name args { name description } } } }\n"): typeof import('./graphql').IdempotencyMutationArgumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IsolationPerson on DelegationMember { role salutation givenName familyName title email phone }\n"): typeof import('./graphql').IsolationPersonFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IsolationDelegates on Delegation {\n    id\n    headOfDelegation { ...IsolationPerson }\n    members { ...IsolationPerson }\n    changes { totalCount edges { node { changedByName before after } } }\n  }\n"): typeof import('./graphql').IsolationDelegatesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IsolationReportList on TransparencyReportConnection { totalCount edges { node { id forms { letter status } } } }\n"): typeof import('./graphql').IsolationReportListFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationListOfParticipants($id: ID!, $variant: ListOfParticipantsVariant!, $format: ListOfParticipantsFormat!) {\n    meeting(id: $id) { listOfParticipants(variant: $variant, format: $format) { content } }\n  }\n"): typeof import('./graphql').IsolationListOfParticipantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationReportsOfStateYearKind {\n    transparencyReports(filter: { state: \"CHE\", year: 2025, kind: ANNUAL }) { ...IsolationReportList }\n  }\n"): typeof import('./graphql').IsolationReportsOfStateYearKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationReportsOnTime($asOf: Date!) {\n    transparencyReports(filter: { compliance: ON_TIME, asOf: $asOf }) { ...IsolationReportList }\n  }\n"): typeof import('./graphql').IsolationReportsOnTimeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationStateReports { state(iso3: \"CHE\") { reports { ...IsolationReportList } } }\n"): typeof import('./graphql').IsolationStateReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationComplianceReports($asOf: Date!) {\n    reportingCompliance(year: 2026, asOf: $asOf) {\n      obligations(first: 100) { edges { node { state { iso3 } report { id forms { letter status } } } } }\n    }\n  }\n"): typeof import('./graphql').IsolationComplianceReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationNodesOfAdminRecords($ids: [ID!]!) { nodes(ids: $ids) { id ... on AuditEvent { after } ... on User { email } } }\n"): typeof import('./graphql').IsolationNodesOfAdminRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IsolationNodesOfDelegation($ids: [ID!]!) {\n          nodes(ids: $ids) { ...IsolationDelegates ... on Invitation { delegation { ...IsolationDelegates } } }\n        }\n      "): typeof import('./graphql').IsolationNodesOfDelegationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IsolationMeetingDelegations($id: ID!) {\n          meeting(id: $id) { delegations(first: 100) { edges { node { ...IsolationDelegates } } } }\n        }\n      "): typeof import('./graphql').IsolationMeetingDelegationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IsolationLateDelegations($code: String!) {\n          meetingByCode(code: $code) { delegations(filter: { timeliness: LATE }) { edges { node { ...IsolationDelegates } } } }\n        }\n      "): typeof import('./graphql').IsolationLateDelegationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IsolationInvitationDelegations($id: ID!) {\n          meeting(id: $id) { invitations(first: 100) { edges { node { delegation { ...IsolationDelegates } } } } }\n        }\n      "): typeof import('./graphql').IsolationInvitationDelegationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IsolationMeetingsDelegations {\n          meetings(filter: { year: 2023 }, first: 5) { edges { node { delegations(first: 5) { edges { node { ...IsolationDelegates } } } } } }\n        }\n      "): typeof import('./graphql').IsolationMeetingsDelegationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IsolationStateDelegations { state(iso3: \"CHE\") { delegations { edges { node { ...IsolationDelegates } } } } }\n      "): typeof import('./graphql').IsolationStateDelegationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IsolationSearchedStatesDelegations {\n          states(filter: { search: \"Switzerland\" }, first: 5) { edges { node { delegations(first: 10) { edges { node { ...IsolationDelegates } } } } } }\n        }\n      "): typeof import('./graphql').IsolationSearchedStatesDelegationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IsolationOwnStateDelegations { me { state { delegations { edges { node { ...IsolationDelegates } } } } } }\n      "): typeof import('./graphql').IsolationOwnStateDelegationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation IsolationAmendOwnDelegation($id: ID!, $version: Int!, $input: DelegationInput!) {\n          amendDelegation(delegationId: $id, version: $version, input: $input) {\n            __typename\n            ... on MutationAmendDelegationSuccess { delegation { invitation { meeting { delegations { edges { node { ...IsolationDelegates } } } } } } }\n          }\n        }\n      "): typeof import('./graphql').IsolationAmendOwnDelegationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IsolationReportNode($id: ID!) { node(id: $id) { id ... on TransparencyReport { published forms { letter status } } } }\n      "): typeof import('./graphql').IsolationReportNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IsolationUserNode($id: ID!) { node(id: $id) { id ... on User { email name } } }\n      "): typeof import('./graphql').IsolationUserNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IsolationUsersSearched { users(filter: { search: \"same-state\" }) { edges { node { id email name } } } }\n      "): typeof import('./graphql').IsolationUsersSearchedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query IsolationDelegationAudit($id: ID!) {\n          auditEvents(filter: { entityId: $id }) { edges { node { id action before after actorUser { email } } } }\n        }\n      "): typeof import('./graphql').IsolationDelegationAuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsolationAmend($id: ID!, $version: Int!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $id, version: $version, input: $input) { __typename ... on Error { message } }\n  }\n"): typeof import('./graphql').IsolationAmendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsolationRecordReport($input: RecordTransparencyReportInput!) {\n    recordTransparencyReport(input: $input) { __typename ... on Error { message } }\n  }\n"): typeof import('./graphql').IsolationRecordReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IsolationSubmit($id: ID!, $input: DelegationInput!) {\n        submitDelegation(invitationId: $id, input: $input) { __typename ... on Error { message } }\n      }\n    "): typeof import('./graphql').IsolationSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IsolationRecordCredentials($id: ID!, $input: CredentialsInput!) {\n        recordCredentials(delegationId: $id, input: $input) { __typename ... on Error { message } }\n      }\n    "): typeof import('./graphql').IsolationRecordCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IsolationDecideObserverApplication($id: ID!) {\n        decideObserverApplication(invitationId: $id, decision: REJECT) { __typename ... on Error { message } }\n      }\n    "): typeof import('./graphql').IsolationDecideObserverApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IsolationUpdateReportForms($id: ID!, $version: Int!, $forms: [ReportFormInput!]!) {\n        updateReportForms(reportId: $id, version: $version, forms: $forms) { __typename ... on Error { message } }\n      }\n    "): typeof import('./graphql').IsolationUpdateReportFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IsolationPublishReport($id: ID!, $version: Int!) {\n        publishReport(reportId: $id, version: $version) { __typename ... on Error { message } }\n      }\n    "): typeof import('./graphql').IsolationPublishReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation IsolationMoveUserToAustria($id: ID!) {\n        updateUser(id: $id, input: { stateIso3: \"AUT\" }) { __typename ... on Error { message } }\n      }\n    "): typeof import('./graphql').IsolationMoveUserToAustriaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationMeetingDelegates($id: ID!) {\n    meeting(id: $id) { invitations(first: 100) { edges { node { participant { ... on State { iso3 } } delegation { ...IsolationDelegates } } } } }\n  }\n"): typeof import('./graphql').IsolationMeetingDelegatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsolationRecordDraftReport($input: RecordTransparencyReportInput!) {\n    recordTransparencyReport(input: $input) { __typename ... on MutationRecordTransparencyReportSuccess { report { id } } }\n  }\n"): typeof import('./graphql').IsolationRecordDraftReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsolationDelegationNode($id: ID!) { node(id: $id) { ...IsolationDelegates } }\n"): typeof import('./graphql').IsolationDelegationNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsolationMoveToAustria($id: ID!) { updateUser(id: $id, input: { stateIso3: \"AUT\" }) { __typename } }\n"): typeof import('./graphql').IsolationMoveToAustriaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReminderSend($input: SendReportReminderInput!) {\n    sendReportReminder(input: $input) {\n      __typename\n      ... on MutationSendReportReminderSuccess { reminder { state { iso3 } kind periodYear reference date dueOn issuingOffice submissionOffice language sentAt } }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n"): typeof import('./graphql').ReminderSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderAuditTrail($filter: AuditEventFilter, $first: Int) {\n    auditEvents(filter: $filter, first: $first) {\n      totalCount\n      edges { node { action entityType actorName after entity { id ... on State { iso3 } ... on Delegation { version } ... on Meeting { code } } } }\n    }\n  }\n"): typeof import('./graphql').ReminderAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReminderSendAll($input: SendReportRemindersInput!) {\n    sendReportReminders(input: $input) {\n      __typename\n      ... on MutationSendReportRemindersSuccess { reminders { state { iso3 } kind periodYear reference date dueOn language sentByName } }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n"): typeof import('./graphql').ReminderSendAllDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderSentTo($iso3: String!) {\n    state(iso3: $iso3) { reportRemindersSent(first: 10) { totalCount edges { node { reference kind periodYear date } } } }\n  }\n"): typeof import('./graphql').ReminderSentToDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderNode($id: ID!) { node(id: $id) { id } }\n"): typeof import('./graphql').ReminderNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderAuditOfNotAMeeting { auditEvents(filter: { meeting: \"bm90LWFuLWlk\" }) { totalCount } }\n"): typeof import('./graphql').ReminderAuditOfNotAMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderAuditCount { auditEvents { totalCount } }\n"): typeof import('./graphql').ReminderAuditCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsRecord($input: RecordTransparencyReportInput!) {\n    recordTransparencyReport(input: $input) {\n      __typename\n      ... on MutationRecordTransparencyReportSuccess {\n        report {\n          id kind periodYear periodStart periodEnd dueOn dueOnOverridden receivedOn channel published publishedAt version\n          state { iso3 } convention { code } forms { letter status unchangedSinceYear }\n          lateOn: compliance(asOf: \"2024-03-01\")\n        }\n      }\n      ... on Error { message code }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n"): typeof import('./graphql').ReportsRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsUpdateForms($reportId: ID!, $version: Int!, $forms: [ReportFormInput!]!) {\n    updateReportForms(reportId: $reportId, version: $version, forms: $forms) {\n      __typename\n      ... on MutationUpdateReportFormsSuccess { report { version forms { letter status unchangedSinceYear } } }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n    }\n  }\n"): typeof import('./graphql').ReportsUpdateFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportsPublish($reportId: ID!, $version: Int!) {\n    publishReport(reportId: $reportId, version: $version) {\n      __typename\n      ... on MutationPublishReportSuccess { report { published publishedAt version } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').ReportsPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsOfNigeria($filter: TransparencyReportFilter) {\n    transparencyReports(filter: $filter) { totalCount edges { node { kind periodYear published } } }\n    state(iso3: \"NGA\") { reports { totalCount } }\n  }\n"): typeof import('./graphql').ReportsOfNigeriaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsSouthSudanId { state(iso3: \"SSD\") { id } }\n"): typeof import('./graphql').ReportsSouthSudanIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsNodeAndNodes($id: ID!) { node(id: $id) { id } nodes(ids: [$id]) { id } }\n"): typeof import('./graphql').ReportsNodeAndNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsFiltered($filter: TransparencyReportFilter) {\n    transparencyReports(filter: $filter) {\n      totalCount\n      edges { node { state { iso3 } kind periodYear compliance(asOf: \"2024-03-01\") } }\n    }\n  }\n"): typeof import('./graphql').ReportsFilteredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsOfAState($iso3: String!, $filter: StateReportFilter) {\n    state(iso3: $iso3) {\n      reports(filter: $filter) { totalCount edges { node { kind periodYear compliance(asOf: \"2024-03-01\") } } }\n    }\n  }\n"): typeof import('./graphql').ReportsOfAStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheReadDelegation($id: ID!) {\n    node(id: $id) { ... on Delegation { version members { position givenName familyName } credentials { status } } }\n  }\n"): typeof import('./graphql').ResponseCacheReadDelegationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheStatesNamedNor { states(first: 3, filter: { search: \"Nor\" }) { edges { node { iso3 name } } } }\n"): typeof import('./graphql').ResponseCacheStatesNamedNorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheMeAndUser($id: ID!) { me { email } node(id: $id) { ... on User { email } } }\n"): typeof import('./graphql').ResponseCacheMeAndUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheUsers { users(first: 5) { totalCount } }\n"): typeof import('./graphql').ResponseCacheUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResponseCacheSignOut { signOut }\n"): typeof import('./graphql').ResponseCacheSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheRateLimit { rateLimit { remaining } }\n"): typeof import('./graphql').ResponseCacheRateLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ResponseCacheApiKeyStatus { apiKeys { edges { node { name status } } } }\n  "): typeof import('./graphql').ResponseCacheApiKeyStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ResponseCacheApiKeyLastUse { apiKeys { edges { node { name lastUsedAt } } } }\n  "): typeof import('./graphql').ResponseCacheApiKeyLastUseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheThreeStates { states(first: 3) { edges { node { iso3 } } } }\n"): typeof import('./graphql').ResponseCacheThreeStatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheMeetingsAndConventions { meetings(first: 5) { edges { node { code convention { code } } } } }\n"): typeof import('./graphql').ResponseCacheMeetingsAndConventionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheStatesPartiesCount { states(filter: { status: STATE_PARTY }) { totalCount } }\n"): typeof import('./graphql').ResponseCacheStatesPartiesCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponseCacheTypename { __typename }\n"): typeof import('./graphql').ResponseCacheTypenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInAs($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      __typename\n      ... on MutationSignInSuccess { session { token expiresAt } }\n      ... on ValidationError { issues { path message } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').SignInAsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignedInAs { me { email role } }\n"): typeof import('./graphql').SignedInAsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut { signOut }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActorsSignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      __typename\n      ... on MutationSignInSuccess { session { token } }\n      ... on Error { message }\n    }\n  }\n"): typeof import('./graphql').ActorsSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DelegationSubmit($invitationId: ID!, $input: DelegationInput!) {\n    submitDelegation(invitationId: $invitationId, input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationSubmitDelegationSuccess {\n        delegation {\n          id version timeliness amendedAfterDeadline\n          headOfDelegation { givenName role }\n          members { role position salutation givenName familyName title email }\n          credentials { issuingAuthority authorisedBy documentKind receivedDate status }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DelegationSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DelegationAmend($delegationId: ID!, $version: Int!, $input: DelegationInput!) {\n    amendDelegation(delegationId: $delegationId, version: $version, input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationAmendDelegationSuccess {\n        delegation {\n          id version timeliness amendedAfterDeadline\n          headOfDelegation { givenName role }\n          members { role position salutation givenName familyName title email }\n          credentials { issuingAuthority authorisedBy documentKind receivedDate status }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DelegationAmendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DelegationRecordCredentials($delegationId: ID!, $input: CredentialsInput!) {\n    recordCredentials(delegationId: $delegationId, input: $input) {\n      __typename\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on MutationRecordCredentialsSuccess {\n        delegation {\n          id version timeliness amendedAfterDeadline\n          headOfDelegation { givenName role }\n          members { role position salutation givenName familyName title email }\n          credentials { issuingAuthority authorisedBy documentKind receivedDate status }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DelegationRecordCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TreatyActionRecorded($input: RecordTreatyActionInput!) {\n    recordTreatyAction(input: $input) {\n      __typename\n      ... on MutationRecordTreatyActionSuccess {\n        treatyRecord {\n          id state { iso3 } convention { code } version\n          signedOn signatureSource signatureVerified instrument depositedOn depositSource depositVerified\n          entryIntoForceOn entryIntoForceOverridden withdrawalNotifiedOn withdrawalEffectiveOn withdrawalSource\n        }\n      }\n      ... on Error { message }\n      ... on ValidationError { issues { path message } }\n      ... on NotFoundError { entity key }\n    }\n  }\n"): typeof import('./graphql').TreatyActionRecordedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TreatyActionPartiesOn($on: Date!) {\n    states(first: 100, filter: { status: STATE_PARTY, on: $on, search: \"IND\" }) { totalCount edges { node { iso3 } } }\n  }\n"): typeof import('./graphql').TreatyActionPartiesOnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TreatyActionAudited($action: String!) {\n    auditEvents(first: 10, filter: { action: $action }) {\n      edges { node { action entityType entityId entity { __typename id } } }\n    }\n  }\n"): typeof import('./graphql').TreatyActionAuditedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TreatyActionNode($id: ID!) {\n    node(id: $id) { __typename ... on TreatyRecord { state { iso3 } depositedOn } }\n  }\n"): typeof import('./graphql').TreatyActionNodeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
