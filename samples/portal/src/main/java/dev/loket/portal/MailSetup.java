package dev.loket.portal;

import dev.loket.forms.draft.DraftMail;
import dev.loket.forms.draft.SmtpDraftMail;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;

/**
 * E-mail for people who ask for the code of a saved form, through the SMTP server in
 * {@code loket.mail.smtp.host}. Without one the portal sends no e-mail and its pages do not offer it.
 */
@ApplicationScoped
public class MailSetup {

    @Inject
    @ConfigProperty(name = "loket.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "loket.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "loket.mail.from", defaultValue = "noreply@loket.example")
    String from;

    private DraftMail mail;

    @PostConstruct
    void connect() {
        if (host.isEmpty() || host.get().isBlank()) {
            return;
        }
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", host.get().strip());
        properties.setProperty("mail.smtp.port", String.valueOf(port));
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "10000");
        try {
            mail = new SmtpDraftMail(Session.getInstance(properties), new InternetAddress(from, true));
        } catch (AddressException e) {
            throw new IllegalStateException("loket.mail.from is not an e-mail address: " + from, e);
        }
    }

    /** The mail, or none (a dependent bean may be null) when no SMTP server is configured. */
    @Produces
    @Dependent
    DraftMail draftMail() {
        return mail;
    }
}
