// A member's standing in a group, supergroup or channel, and the ChatMember object the Bot API
// makes of it (fields by status and by kind of chat, as telegram-bot-api's JsonChatMember and
// json_store_administrator_rights write them).
import type { ChatAdministratorRights, ChatMember, ChatPermissions, User } from 'grammy/types';
import type { ChatInfo, FakeUser } from './fake-telegram-state.ts';

export type MemberStatus = ChatMember['status'];

/** A member's standing in a chat: its status and, for some statuses, what it may do. */
export interface MemberSpec {
  status: MemberStatus;
  /** administrator: rights granted (unset ones are false); creators have every right */
  rights?: Partial<ChatAdministratorRights>;
  /** restricted: what the member may still do (unset ones are false) */
  permissions?: ChatPermissions;
  /** restricted: whether the member is still in the chat (default true) */
  isMember?: boolean;
  /** restricted, kicked: Unix time the restriction ends, 0 for never (default 0) */
  untilDate?: number;
  customTitle?: string;
}

export type MemberInput = MemberStatus | MemberSpec;

/** A user as tests describe them, possibly a bot. */
export interface ChatMemberUser extends FakeUser {
  is_bot?: boolean;
}

const RIGHTS: (keyof ChatAdministratorRights)[] = [
  'can_manage_chat',
  'can_change_info',
  'can_post_messages',
  'can_edit_messages',
  'can_delete_messages',
  'can_invite_users',
  'can_restrict_members',
  'can_pin_messages',
  'can_manage_topics',
  'can_promote_members',
  'can_manage_video_chats',
  'can_post_stories',
  'can_edit_stories',
  'can_delete_stories',
  'can_manage_direct_messages',
  'can_manage_tags',
  'is_anonymous',
];
const ONLY_IN: Partial<Record<keyof ChatAdministratorRights, ChatInfo['type'][]>> = {
  can_post_messages: ['channel'],
  can_edit_messages: ['channel'],
  can_manage_direct_messages: ['channel'],
  can_pin_messages: ['group', 'supergroup'],
  can_manage_tags: ['group', 'supergroup'],
  can_manage_topics: ['supergroup'],
};
const PERMISSIONS: (keyof ChatPermissions)[] = [
  'can_send_messages',
  'can_send_audios',
  'can_send_documents',
  'can_send_photos',
  'can_send_videos',
  'can_send_video_notes',
  'can_send_voice_notes',
  'can_send_polls',
  'can_send_other_messages',
  'can_add_web_page_previews',
  'can_react_to_messages',
  'can_edit_tag',
  'can_change_info',
  'can_invite_users',
  'can_pin_messages',
  'can_manage_topics',
];
const MEDIA: (keyof ChatPermissions)[] = [
  'can_send_audios',
  'can_send_documents',
  'can_send_photos',
  'can_send_videos',
  'can_send_video_notes',
  'can_send_voice_notes',
];

export const specOf = (input: MemberInput): MemberSpec => (typeof input === 'string' ? { status: input } : input);

/** In the chat as Telegram counts it (TDLib's is_member): left, kicked and departed restricted are not. */
export function isInChat(spec: MemberSpec): boolean {
  return ['creator', 'administrator', 'member'].includes(spec.status) || (spec.status === 'restricted' && spec.isMember !== false);
}

/** Whether a member has an administrator right; creators have them all. */
export function hasRight(spec: MemberSpec, right: keyof ChatAdministratorRights): boolean {
  return spec.status === 'creator' || (spec.status === 'administrator' && spec.rights?.[right] === true);
}

/** The ChatMember object of `user` with this standing in a chat of this type (not private). */
export function chatMemberObject(type: ChatInfo['type'], user: User, spec: MemberSpec): ChatMember {
  const member: Record<string, unknown> = { user, status: spec.status };
  switch (spec.status) {
    case 'creator':
      if (spec.customTitle !== undefined) member.custom_title = spec.customTitle;
      member.is_anonymous = spec.rights?.is_anonymous === true;
      break;
    case 'administrator':
      member.can_be_edited = false;
      for (const right of RIGHTS) {
        if (ONLY_IN[right] && !ONLY_IN[right].includes(type)) continue;
        member[right] = spec.rights?.[right] === true;
      }
      // TDLib sets can_manage_chat along with any other right (AdministratorRights).
      if (Object.values(spec.rights ?? {}).includes(true)) member.can_manage_chat = true;
      // the Bot API still sends the old name of can_manage_video_chats
      member.can_manage_voice_chats = member.can_manage_video_chats;
      if (spec.customTitle !== undefined) member.custom_title = spec.customTitle;
      break;
    case 'restricted':
      if (type !== 'supergroup') break;
      member.until_date = spec.untilDate ?? 0;
      for (const p of PERMISSIONS) member[p] = spec.permissions?.[p] === true;
      member.can_send_media_messages = MEDIA.some((p) => spec.permissions?.[p] === true);
      member.is_member = spec.isMember !== false;
      break;
    case 'kicked':
      member.until_date = spec.untilDate ?? 0;
      break;
  }
  return member as unknown as ChatMember;
}
