import { builder } from '../builder.ts';
import './scalars.ts';
import './errors.ts';
import './enums.ts';
import './convention.ts';
import './office.ts';
import './state.ts';
import './treaty-status.ts';
import './transparency-report.ts';
import './reporting-compliance.ts';
import './organisation.ts';
import './meeting.ts';
import './invitation.ts';
import './observer-application.ts';
import './user.ts';
import './assessment-scale.ts';

export const schema = builder.toSchema({ sortSchema: true });
