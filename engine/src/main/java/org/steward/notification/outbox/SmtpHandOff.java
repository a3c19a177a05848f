package org.steward.notification.outbox;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

/**
 * Hands one message to the SMTP server and says what is known afterwards. The phases are kept apart
 * because they mean different things for "never twice":
 * <ol>
 *   <li>building the MIME message: a failure means nothing left Steward ({@link Outcome#REJECTED});</li>
 *   <li>connecting: a failure means nothing left Steward ({@link Outcome#NOT_ACCEPTED}, retried);</li>
 *   <li>the SMTP transaction: a reply that refuses the message means the server does not have it
 *       ({@code 5xx}: {@link Outcome#REJECTED}, else {@link Outcome#NOT_ACCEPTED}); any other failure — the
 *       connection broke, a timeout — may have come after the server accepted the message, so the outcome
 *       is {@link Outcome#UNKNOWN} and the message is not sent again automatically.</li>
 * </ol>
 * Every attempt carries the message's own Message-ID header, the same on every attempt.
 */
class SmtpHandOff {

    private static final Pattern PERMANENT = Pattern.compile("^\\s*5\\d\\d\\b.*", Pattern.DOTALL);

    enum Outcome { ACCEPTED, NOT_ACCEPTED, REJECTED, UNKNOWN }

    record Result(Outcome outcome, String error) {
    }

    private final JavaMailSenderImpl mail;
    private final OutboxProperties properties;

    SmtpHandOff(JavaMailSenderImpl mail, OutboxProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    Result send(Message message, Instant now) {
        Session session = mail.getSession();
        MimeMessage mime;
        try {
            mime = mime(session, message, now);
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            return new Result(Outcome.REJECTED, "cannot be written as an e-mail: " + e.getMessage());
        }
        Transport transport;
        try {
            transport = session.getTransport(mail.getProtocol() == null ? "smtp" : mail.getProtocol());
            transport.connect(mail.getHost(), mail.getPort(), mail.getUsername(), mail.getPassword());
        } catch (MessagingException e) {
            return new Result(Outcome.NOT_ACCEPTED, "SMTP server " + mail.getHost() + ":" + mail.getPort() + " not reachable: " + describe(e));
        }
        try {
            transport.sendMessage(mime, mime.getAllRecipients());
            return new Result(Outcome.ACCEPTED, null);
        } catch (SendFailedException e) {
            if (e.getValidSentAddresses() != null && e.getValidSentAddresses().length > 0) {
                return new Result(Outcome.ACCEPTED, null);
            }
            String reply = describe(e);
            String code = e.getNextException() != null ? String.valueOf(e.getNextException().getMessage()) : String.valueOf(e.getMessage());
            return new Result(PERMANENT.matcher(code).matches() ? Outcome.REJECTED : Outcome.NOT_ACCEPTED, "SMTP server refused: " + reply);
        } catch (MessagingException | RuntimeException e) {
            return new Result(Outcome.UNKNOWN, "the SMTP transaction broke off (" + describe(e)
                    + "); the server may or may not have the message, so Steward does not send it again on its own");
        } finally {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // QUIT after the message was handled changes nothing about its delivery
            }
        }
    }

    private MimeMessage mime(Session session, Message message, Instant now) throws MessagingException, UnsupportedEncodingException {
        String messageId = message.getMessageId();
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
        Message.Addressing to = message.addressing();
        String senderName = to.senderName() == null ? properties.fromName() : to.senderName();
        helper.setFrom(new InternetAddress(properties.from(), senderName, "UTF-8"));
        if (to.replyTo() != null) {
            helper.setReplyTo(new InternetAddress(to.replyTo(), to.senderName(), "UTF-8"));
        }
        helper.setTo(new InternetAddress(to.recipient(), to.recipientName(), "UTF-8"));
        helper.setSubject(message.getSubject());
        helper.setSentDate(Date.from(now));
        helper.setText(plainText(message.getBody()), message.getBody());
        mime.saveChanges();
        return mime;
    }

    /** The HTML body as plain text, for mail readers that show no HTML. */
    static String plainText(String html) {
        String text = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|div|h[1-6]|tr|table|ul|ol)>", "\n\n")
                .replaceAll("(?i)<li[^>]*>", "\n- ")
                .replaceAll("<[^>]+>", "");
        return HtmlUtils.htmlUnescape(text).replaceAll("[ \\t]+", " ").replaceAll(" *\\n *", "\n").replaceAll("\\n{3,}", "\n\n").trim();
    }

    private static String describe(Exception e) {
        StringBuilder out = new StringBuilder(String.valueOf(e.getMessage()).trim());
        Throwable cause = e instanceof MessagingException m && m.getNextException() != null ? m.getNextException() : e.getCause();
        if (cause != null && cause != e && cause.getMessage() != null && !out.toString().contains(cause.getMessage())) {
            out.append(" (").append(cause.getMessage().trim()).append(')');
        }
        return out.length() > 1500 ? out.substring(0, 1500) : out.toString();
    }
}
