package org.kumiai.service.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends one mail by SMTP with the server named in configuration (kumiai.mail.*). */
@ApplicationScoped
class SmtpMailer {

  @Inject
  @ConfigProperty(name = "kumiai.mail.host")
  String host;

  @Inject
  @ConfigProperty(name = "kumiai.mail.port")
  int port;

  @Inject
  @ConfigProperty(name = "kumiai.mail.from")
  String from;

  @Inject
  @ConfigProperty(name = "kumiai.mail.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "kumiai.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "kumiai.mail.starttls", defaultValue = "false")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "kumiai.mail.timeout-ms", defaultValue = "10000")
  int timeoutMillis;

  private Session session;

  @PostConstruct
  void connectSettings() {
    Properties props = new Properties();
    props.put("mail.smtp.host", host);
    props.put("mail.smtp.port", Integer.toString(port));
    props.put("mail.smtp.connectiontimeout", Integer.toString(timeoutMillis));
    props.put("mail.smtp.timeout", Integer.toString(timeoutMillis));
    props.put("mail.smtp.writetimeout", Integer.toString(timeoutMillis));
    props.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
    props.put("mail.smtp.starttls.required", Boolean.toString(starttls));
    props.put("mail.smtp.auth", Boolean.toString(username.isPresent()));
    Authenticator authenticator =
        username.isEmpty()
            ? null
            : new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username.get(), password.orElse(""));
              }
            };
    session = Session.getInstance(props, authenticator);
  }

  void send(String recipient, String subject, String body) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    message.setText(body, StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    Transport.send(message);
  }
}
