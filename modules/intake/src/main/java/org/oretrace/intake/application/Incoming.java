package org.oretrace.intake.application;

import org.oretrace.intake.domain.Channel;

import java.time.Instant;

/**
 * A file that arrived, with what is known about it. Supplier, year and mail fields may be null.
 * {@code senderVerified}: the mail's From: domain was verified (see {@link SenderVerification}), so the
 * sender address may link the file to the supplier it is a contact of; never true for an upload.
 */
public record Incoming(byte[] bytes, String fileName, Channel channel, Long supplierId, Integer reportingYear,
                       String mailFrom, String mailSubject, Instant mailDate, boolean senderVerified) {

    public static Incoming upload(byte[] bytes, String fileName, Channel channel, Long supplierId, Integer year) {
        return new Incoming(bytes, fileName, channel, supplierId, year, null, null, null, false);
    }
}
