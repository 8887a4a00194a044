/**
 * The conversation channel: a form asked one question at a time as plain text, the script of a
 * chat, phone or SMS channel. Start with {@link dev.loket.forms.conversation.Conversation}; store a
 * {@link dev.loket.forms.conversation.ConversationState} between messages. The channel's own texts
 * are in {@code dev/loket/forms/conversation/messages*.properties}.
 */
package dev.loket.forms.conversation;
