import { graphql } from '../../../gql';

// The event mutations twice: the dry run selects only errors and clashes (nothing unsaved enters
// the cache); the save selects what the event page shows.

export const CheckCreateEvent = graphql(`
  mutation CheckCreateEvent($input: CreateEventInput!) {
    createEvent(input: $input, dryRun: true) {
      userErrors {
        field
        message
        code
      }
      warnings {
        ...ScheduleWarningFields
      }
    }
  }
`);

export const CreateEvent = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      event {
        id
        title
      }
      userErrors {
        field
        message
        code
      }
      warnings {
        ...ScheduleWarningFields
      }
    }
  }
`);

export const CheckUpdateEvent = graphql(`
  mutation CheckUpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input, dryRun: true) {
      userErrors {
        field
        message
        code
      }
      warnings {
        ...ScheduleWarningFields
      }
    }
  }
`);

export const UpdateEvent = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      event {
        ...EventFormFields
      }
      userErrors {
        field
        message
        code
      }
      warnings {
        ...ScheduleWarningFields
      }
    }
  }
`);

export const EventFormFields = graphql(`
  fragment EventFormFields on Event {
    id
    version
    title
    kind
    status
    startDate
    endDate
    startTime
    endTime
    timeZone
    venue
    city
    country
    description
    confidential
    edition
    series {
      id
      name
    }
    parent {
      id
      title
    }
  }
`);
