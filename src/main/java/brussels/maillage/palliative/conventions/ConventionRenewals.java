package brussels.maillage.palliative.conventions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.system.MailOutbox;
import brussels.maillage.system.OutgoingMail;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder of conventions to renew: every morning, a convention in force whose
 * validity ends within {@value ConventionService#REMINDER_DAYS} days moves to "renewal
 * due" (a dated step) and each member of the palliative team gets one mail about it
 * through the outbox, in French and Dutch. A convention is reminded once: its status
 * changes.
 */
@Service
class ConventionRenewals {

	private final ConventionRepository conventions;

	private final Accounts accounts;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final AuditLog audit;

	private final Clock clock;

	ConventionRenewals(ConventionRepository conventions, Accounts accounts, MailOutbox outbox, MessageSource messages,
			AuditLog audit, Clock clock) {
		this.conventions = conventions;
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@Scheduled(cron = "${maillage.palliative.renewal-cron:0 35 6 * * *}", zone = "Europe/Brussels")
	@SchedulerLock(name = "palliative.conventions.renewals", lockAtMostFor = "PT30M")
	void daily() {
		remind();
	}

	/**
	 * Marks the conventions whose validity ends soon as renewal due and mails the team.
	 * @return how many conventions were reminded
	 */
	@Transactional
	public int remind() {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate limit = today.plusDays(ConventionService.REMINDER_DAYS);
		List<Convention> due = this.conventions.all()
			.stream()
			.filter((c) -> c.status() == ConventionStatus.SIGNED && c.validUntil() != null
					&& !c.validUntil().isAfter(limit))
			.toList();
		List<String> team = this.accounts.staffOf(TerritoryScope.PALLIATIVE)
			.stream()
			.map((member) -> this.accounts.findCurrentUser(member.id()).map(CurrentUser::email).orElse(null))
			.filter((email) -> email != null)
			.toList();
		for (Convention convention : due) {
			this.conventions.advance(convention.id(), ConventionStatus.RENEWAL_DUE, today, null, null, null, null,
					null);
			this.audit.record("palliative.convention.renewalDue", "palliative_convention", convention.id(),
					convention.validUntil().toString());
			for (String recipient : team) {
				this.outbox.queue(mail(recipient, convention));
			}
		}
		return due.size();
	}

	private OutgoingMail mail(String recipient, Convention convention) {
		StringBuilder subject = new StringBuilder();
		StringBuilder text = new StringBuilder();
		for (Locale locale : List.of(Locale.FRENCH, Locale.forLanguageTag("nl"))) {
			Object[] arguments = { convention.institutionName(),
					DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
						.withLocale(locale)
						.format(convention.validUntil()) };
			subject.append((subject.length() > 0) ? " / " : "")
				.append(this.messages.getMessage("palliative.renewal.mail.subject", arguments, locale));
			text.append(this.messages.getMessage("palliative.renewal.mail.body", arguments, locale)).append("\n\n");
		}
		return OutgoingMail.text(recipient, subject.toString(), text.toString().strip(), "fr")
			.about("palliative_convention", convention.id());
	}

}
