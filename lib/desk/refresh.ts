/**
 * How often the screens that follow a desk's day re-render themselves from the server. The volunteer's
 * screen waits longer: it is also read by a person working on it, and each read is audited.
 */
export const DESK_SCREEN_REFRESH_SECONDS = 15;
export const WAITING_ROOM_REFRESH_SECONDS = 5;
