package org.steward.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.steward.support.ApiTest;

/**
 * An {@link ApiTest} whose Steward sends mail to a GreenMail SMTP server on a fixed free port, with a
 * short poll interval, backoff and lease. The SMTP server can be stopped and started again on the same
 * port. The context is closed after each class so its sender stops polling the shared test database.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class MailApiTest extends ApiTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp = startSmtp();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        properties.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
        properties.add("steward.outbox.from", () -> "steward@steward.example");
        properties.add("steward.outbox.poll-interval", () -> "PT0.2S");
        properties.add("steward.outbox.first-retry", () -> "PT0.3S");
        properties.add("steward.outbox.longest-retry", () -> "PT1S");
        properties.add("steward.outbox.max-attempts", () -> "100");
        properties.add("steward.outbox.lease", () -> "PT3S");
    }

    private static synchronized GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    protected static synchronized void stopSmtp() {
        smtp.stop();
    }

    /** Starts a fresh SMTP server on the same port (it has received nothing yet). */
    protected static synchronized void restartSmtp() {
        smtp = startSmtp();
    }

    /** What the SMTP server has received for this address. */
    protected static synchronized List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    protected static String uniqueAddress(String name) {
        return name + "." + System.nanoTime() + "@customer.example";
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
