import { Role } from '../../kernel/role.js';

/** Reads need VIEWER; changing the vocabulary and tagging records EDITOR; deleting a topic ADMIN. */
export const TOPIC_ACCESS_RULES = {
  Query: {
    topic: Role.VIEWER,
    topics: Role.VIEWER,
  },
  Mutation: {
    createTopic: Role.EDITOR,
    updateTopic: Role.EDITOR,
    deleteTopic: Role.ADMIN,
    tagRecord: Role.EDITOR,
    untagRecord: Role.EDITOR,
  },
};
