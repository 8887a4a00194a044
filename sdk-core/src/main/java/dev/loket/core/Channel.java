package dev.loket.core;

/**
 * The way a person reaches the government. Every service must work on each of them, and every
 * stored action records which one was used, so a draft started on the web can be finished at the
 * counter and the citizen can later see where something happened.
 */
public enum Channel {
    /** The person online, on their own. */
    WEB,
    /** At a counter, where an employee helps and may act on the person's behalf. */
    COUNTER,
    /** Step by step in plain language: a chat or a phone script. */
    CONVERSATION,
    /** On paper, typed in by an employee. */
    PAPER
}
