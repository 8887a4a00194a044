package dev.loket.forms.draft;

import dev.loket.core.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Sends resume letters through a Jakarta Mail session (SMTP), as plain text in plain language.
 */
public final class SmtpDraftMail implements DraftMail {

    private static final String BUNDLE = "dev.loket.forms.messages";
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Session session;
    private final InternetAddress from;

    /**
     * @param session the mail session, e.g. with {@code mail.smtp.host} and {@code mail.smtp.port}
     * @param from    the sender, e.g. {@code noreply@gemeente.example}
     */
    public SmtpDraftMail(Session session, InternetAddress from) {
        this.session = session;
        this.from = from;
    }

    @Override
    public void send(ResumeLetter letter) {
        String expires = DateTimeFormatter.ofPattern("d MMMM yyyy", letter.language().locale())
                .format(letter.expiresAt().atZone(AMSTERDAM));
        try {
            MimeMessage mail = new MimeMessage(session);
            mail.setFrom(from);
            mail.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(letter.address(), true));
            mail.setSubject(Message.of(BUNDLE, "mail.resume.subject", letter.formTitle()).in(letter.language()), "UTF-8");
            mail.setText(Message.of(BUNDLE, "mail.resume.body", letter.formTitle(), letter.code().toString(),
                    letter.secret(), expires, letter.resumeAt().toString()).in(letter.language()), "UTF-8");
            mail.setHeader("Content-Language", letter.language().tag());
            mail.setSentDate(new Date());
            Transport.send(mail);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not send the resume code of a draft: " + e.getMessage(), e);
        }
    }
}
