package io.spendvault.application.notification;

import io.spendvault.domain.identity.User;
import io.spendvault.domain.notification.DueReminder;
import io.spendvault.domain.notification.MailContent;
import io.spendvault.domain.notification.ReminderKind;
import io.spendvault.domain.settings.CurrencyCode;
import io.spendvault.domain.settings.UserSettings;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * The mails Spendvault writes, each as plain text and as HTML with the same content. Dates are written in
 * the user's date format, amounts with their currency's decimals and code; everything the user typed is
 * escaped in the HTML part.
 */
public class MailTemplates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final String publicUrl;

    public MailTemplates(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    public MailContent passwordReset(User user, UserSettings settings, String token, Instant expiresAt) {
        String link = publicUrl + "/reset-password?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        String until = settings.dateFormat().format(LocalDate.ofInstant(expiresAt, ZoneOffset.UTC)) + " "
                + TIME.format(expiresAt.atOffset(ZoneOffset.UTC)) + " UTC";
        String text = "Hello " + user.username().value() + ",\n\n"
                + "someone asked to reset the password of your Spendvault account. To choose a new one, open this link:\n\n"
                + link + "\n\n"
                + "The link works once and until " + until + ".\n\n"
                + "If this wasn't you, ignore this mail: your password stays as it is.\n";
        String html = page("Reset your password",
                paragraph("Hello " + escape(user.username().value()) + ",")
                + paragraph("someone asked to reset the password of your Spendvault account. To choose a new one, open this link:")
                + paragraph("<a href=\"" + escape(link) + "\">Choose a new password</a>")
                + paragraph("The link works once and until " + escape(until) + ".")
                + paragraph("If this wasn't you, ignore this mail: your password stays as it is."));
        return new MailContent("Reset your Spendvault password", text, html);
    }

    /** One mail listing all of a user's dates that are coming up; {@code today} gives the days left. */
    public MailContent reminders(User user, UserSettings settings, List<DueReminder> due, LocalDate today, String unsubscribeToken) {
        List<DueReminder> warranties = due.stream().filter(item -> item.kind() == ReminderKind.WARRANTY).toList();
        List<DueReminder> returns = due.stream().filter(item -> item.kind() == ReminderKind.RETURN).toList();
        String unsubscribe = publicUrl + "/unsubscribe?token=" + URLEncoder.encode(unsubscribeToken, StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder("Hello " + user.username().value() + ",\n\n");
        StringBuilder html = new StringBuilder(paragraph("Hello " + escape(user.username().value()) + ","));
        if (!warranties.isEmpty()) {
            text.append(warranties.size() == 1 ? "A warranty ends soon:\n\n" : "These warranties end soon:\n\n");
            html.append(paragraph(warranties.size() == 1 ? "A warranty ends soon:" : "These warranties end soon:")).append("<ul>");
            for (DueReminder item : warranties) {
                String when = "warranty ends " + settings.dateFormat().format(item.dueDate()) + " (" + daysLeft(today, item.dueDate()) + ")";
                appendItem(text, html, item, when);
            }
            html.append("</ul>");
            text.append('\n');
        }
        if (!returns.isEmpty()) {
            text.append(returns.size() == 1 ? "A return window closes soon:\n\n" : "These return windows close soon:\n\n");
            html.append(paragraph(returns.size() == 1 ? "A return window closes soon:" : "These return windows close soon:")).append("<ul>");
            for (DueReminder item : returns) {
                String when = "last day to return " + settings.dateFormat().format(item.dueDate()) + " (" + daysLeft(today, item.dueDate()) + ")";
                appendItem(text, html, item, when);
            }
            html.append("</ul>");
            text.append('\n');
        }
        text.append("Your receipts are in Spendvault: ").append(publicUrl).append("/\n\n")
                .append("You get these mails because reminders are on in your settings. To stop them, open:\n")
                .append(unsubscribe).append('\n');
        html.append(paragraph("Your receipts are in <a href=\"" + escape(publicUrl + "/") + "\">Spendvault</a>."))
                .append(paragraph("You get these mails because reminders are on in your settings. "
                        + "<a href=\"" + escape(unsubscribe) + "\">Stop these mails</a>"));
        return new MailContent(subject(warranties.size(), returns.size(), due, today), text.toString(),
                page("Coming up", html.toString()));
    }

    public MailContent test(User user) {
        String text = "Hello " + user.username().value() + ",\n\n"
                + "this is the test mail you asked for: mail from Spendvault reaches you.\n\n" + publicUrl + "/\n";
        String html = page("Test mail", paragraph("Hello " + escape(user.username().value()) + ",")
                + paragraph("this is the test mail you asked for: mail from Spendvault reaches you.")
                + paragraph("<a href=\"" + escape(publicUrl + "/") + "\">Open Spendvault</a>"));
        return new MailContent("Spendvault test mail", text, html);
    }

    private void appendItem(StringBuilder text, StringBuilder html, DueReminder item, String when) {
        String cost = money(item.spent(), item.currency());
        String link = publicUrl + "/purchases/" + item.purchaseId();
        text.append("- ").append(item.productName()).append(", ").append(cost).append(": ").append(when).append('\n')
                .append("  ").append(link).append('\n');
        html.append("<li><a href=\"").append(escape(link)).append("\">").append(escape(item.productName())).append("</a>, ")
                .append(escape(cost)).append(": ").append(escape(when)).append("</li>");
    }

    private static String subject(int warranties, int returns, List<DueReminder> due, LocalDate today) {
        if (due.size() == 1) {
            DueReminder only = due.get(0);
            return (only.kind() == ReminderKind.WARRANTY ? "Warranty ends " : "Return window closes ")
                    + daysLeft(today, only.dueDate()) + ": " + only.productName();
        }
        int total = warranties + returns;
        return "Reminder: " + total + " dates coming up in Spendvault";
    }

    private static String daysLeft(LocalDate today, LocalDate due) {
        long days = ChronoUnit.DAYS.between(today, due);
        return days == 0 ? "today" : days == 1 ? "tomorrow" : "in " + days + " days";
    }

    /** e.g. {@code 1,245.50 EUR}, {@code 1,245 JPY}: the currency's decimals, and the code so no symbol is ambiguous. */
    static String money(BigDecimal amount, CurrencyCode currency) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
        format.setMinimumFractionDigits(currency.minorUnits());
        format.setMaximumFractionDigits(currency.minorUnits());
        return format.format(amount) + " " + currency.value();
    }

    private static String paragraph(String html) {
        return "<p>" + html + "</p>\n";
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title></head>\n"
                + "<body style=\"font-family: sans-serif; line-height: 1.5\">\n" + body + "</body></html>\n";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
