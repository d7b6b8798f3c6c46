// Every GraphQL resolver class of the planning area, for the schema build (server/app/schema.ts).
import {
  EventScheduleHistoryResolver,
  PlanningResolver,
  RescheduleResolver,
  ScheduleConflictResolver,
  VisitScheduleHistoryResolver,
  warningResolvers,
} from './planning.resolver.js';

export const planningResolvers: Function[] = [
  PlanningResolver,
  ScheduleConflictResolver,
  RescheduleResolver,
  EventScheduleHistoryResolver,
  VisitScheduleHistoryResolver,
  ...warningResolvers,
];
