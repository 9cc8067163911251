package org.kumiai.service.wallet;

/** An answer to a register: the HTTP status and the JSON body, as stored for replay. */
public record ApiAnswer(int status, String body) {}
