package brussels.maillage.identity.passwords;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.accounts.User;
import brussels.maillage.identity.accounts.UserRepository;
import brussels.maillage.identity.audit.AuditEntries;
import brussels.maillage.system.DemoMode;
import brussels.maillage.system.MailOutbox;
import brussels.maillage.system.OutgoingMail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password?": a link sent by mail that sets a new password. The answer to a
 * request is the same whether an account has the address or not; the link carries a
 * random token of which only a hash is stored, works once, expires
 * ({@code maillage.identity.password-reset-valid-for}, one hour by default) and is ended
 * by a newer request. A reset ends the account's sessions. Each step is in the audit log.
 */
@Service
@Transactional(readOnly = true)
class PasswordResets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserRepository users;

	private final PasswordResetTokens links;

	private final PasswordEncoder passwordEncoder;

	private final AuditEntries audit;

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final DemoMode demoMode;

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	private final Clock clock;

	private final Duration validFor;

	PasswordResets(UserRepository users, PasswordResetTokens links, PasswordEncoder passwordEncoder, AuditEntries audit,
			MailOutbox outbox, MessageSource messages, DemoMode demoMode,
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, Clock clock,
			@Value("${maillage.identity.password-reset-valid-for:PT1H}") Duration validFor) {
		this.users = users;
		this.links = links;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.outbox = outbox;
		this.messages = messages;
		this.demoMode = demoMode;
		this.sessions = sessions;
		this.clock = clock;
		this.validFor = validFor;
	}

	Duration validFor() {
		return this.validFor;
	}

	/**
	 * Mails a new link to the account with this address, if there is an enabled one, and
	 * ends its earlier links. Says nothing about whether there was one.
	 * @param email the address typed
	 * @param linkBase the public address of Maillage, to which the link's path is added
	 * @param language the language of the page, for the mail
	 */
	@Transactional
	void request(String email, String linkBase, String language) {
		String typed = email.strip();
		Optional<User> account = this.users.findByEmail(typed)
			.filter(User::enabled)
			.filter((user) -> user.passwordHash() != null)
			.filter((user) -> !user.demo() || this.demoMode.enabled());
		if (account.isEmpty()) {
			this.audit.recordAs(null, typed, "password-reset.requested", "user", null, "no-enabled-account");
			return;
		}
		User user = account.get();
		Instant now = this.clock.instant();
		this.links.revokeOpen(user.id(), now);
		String token = newToken();
		this.links.insert(user.id(), hash(token), now.plus(this.validFor));
		Locale locale = Locale.forLanguageTag(language);
		String link = linkBase + PasswordResetController.PATH + "/" + token;
		long minutes = this.validFor.toMinutes();
		String text = this.messages.getMessage("identity.reset.mail.body",
				new Object[] { user.displayName(), link, minutes }, locale);
		String subject = this.messages.getMessage("identity.reset.mail.subject", null, locale);
		this.outbox.queue(OutgoingMail.text(user.email(), subject, text, language).about("user", user.id()));
		this.audit.recordAs(user.id(), user.email(), "password-reset.requested", "user", user.id(),
				AuditLog.details("link-mailed", minutes));
	}

	/** What a link can still do; a refusal is in the audit log. */
	LinkState check(String token) {
		Optional<PasswordResetTokens.Link> link = this.links.find(hash(token));
		LinkState state = link.map((found) -> found.state(this.clock.instant())).orElse(LinkState.UNKNOWN);
		if (state != LinkState.VALID) {
			this.audit.recordAs(null, "anonymous", "password-reset.refused", "user",
					link.map(PasswordResetTokens.Link::userId).orElse(null),
					"link-" + state.name().toLowerCase(Locale.ROOT));
		}
		return state;
	}

	/**
	 * Sets the new password if the link still works, uses it up, ends the account's other
	 * links and its sessions.
	 * @return the link's state before (the password changed only if {@code VALID})
	 */
	@Transactional
	LinkState reset(String token, String newPassword) {
		Optional<PasswordResetTokens.Link> link = this.links.find(hash(token));
		Instant now = this.clock.instant();
		LinkState state = link.map((found) -> found.state(now)).orElse(LinkState.UNKNOWN);
		if (state != LinkState.VALID || !this.links.use(link.get().id(), now)) {
			this.audit.recordAs(null, "anonymous", "password-reset.refused", "user",
					link.map(PasswordResetTokens.Link::userId).orElse(null),
					"link-" + ((state == LinkState.VALID) ? LinkState.USED : state).name().toLowerCase(Locale.ROOT));
			return (state == LinkState.VALID) ? LinkState.USED : state;
		}
		User user = this.users.findById(link.get().userId()).orElseThrow();
		this.users.save(user.withPasswordHash(this.passwordEncoder.encode(newPassword)));
		this.links.revokeOpen(user.id(), now);
		int ended = endSessions(user.email());
		this.audit.recordAs(user.id(), user.email(), "password-reset.completed", "user", user.id(),
				AuditLog.details("password-changed", ended));
		return LinkState.VALID;
	}

	private int endSessions(String email) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return 0;
		}
		var found = repository.findByPrincipalName(email);
		found.keySet().forEach(repository::deleteById);
		return found.size();
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** What a link can do. */
	enum LinkState {

		/** It sets a new password. */
		VALID,

		/** Its time is over. */
		EXPIRED,

		/** It has set a password already. */
		USED,

		/** A newer link, or a reset, ended it. */
		REPLACED,

		/** No link has this token. */
		UNKNOWN

	}

}
