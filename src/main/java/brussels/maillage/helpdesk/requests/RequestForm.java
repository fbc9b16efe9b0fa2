package brussels.maillage.helpdesk.requests;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import brussels.maillage.helpdesk.Channel;
import brussels.maillage.helpdesk.HelpdeskRequest;
import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.RequestStatus;

/**
 * What the request form holds, exactly as typed (so that nothing is lost when it comes
 * back with errors); it is checked by {@link RequestChecks} before anything is stored.
 */
public class RequestForm {

	private String line;

	private String channel = Channel.PHONE.name();

	private String receivedAt;

	private String profession;

	private String organisationType;

	private String organisation;

	private String organisationQuery;

	private String postcode;

	private String commune;

	private List<String> themes = new ArrayList<>();

	private String kind;

	private String summary;

	private List<String> orientations = new ArrayList<>();

	private boolean unmetNeed;

	private String unmetReason;

	private String followUpAction;

	private String followUpDue;

	private String followUpAction2;

	private String followUpDue2;

	private String status = RequestStatus.CLOSED.name();

	private String minutesSpent;

	private boolean confirmIdentifying;

	/** The form of a request as recorded, to correct it (a draft becomes open). */
	static RequestForm of(HelpdeskRequest request) {
		RequestForm form = new RequestForm();
		form.setLine(request.lineCode());
		form.setChannel(request.channel().name());
		form.setReceivedAt(LocalDateTime.ofInstant(request.receivedAt(), HelpdeskService.TIME_ZONE)
			.truncatedTo(ChronoUnit.MINUTES)
			.toString());
		form.setProfession((request.profession() != null) ? request.profession().name() : null);
		form.setOrganisationType((request.organisationType() != null) ? request.organisationType().name() : null);
		form.setOrganisation((request.organisationId() != null) ? request.organisationId().toString() : null);
		form.setPostcode(request.postcode());
		form.setCommune(request.communeNis());
		form.setThemes(request.themes());
		form.setKind((request.kind() != null) ? request.kind().name() : null);
		form.setSummary(request.summary());
		form.setOrientations(request.orientations().stream().map((o) -> o.serviceId().toString()).toList());
		form.setUnmetNeed(request.unmetNeed());
		form.setUnmetReason(request.unmetReason());
		form.setStatus((request.status() == RequestStatus.DRAFT) ? RequestStatus.OPEN.name() : request.status().name());
		form.setMinutesSpent((request.minutesSpent() != null) ? request.minutesSpent().toString() : null);
		return form;
	}

	public String getLine() {
		return this.line;
	}

	public void setLine(String line) {
		this.line = line;
	}

	public String getChannel() {
		return this.channel;
	}

	public void setChannel(String channel) {
		this.channel = channel;
	}

	public String getReceivedAt() {
		return this.receivedAt;
	}

	public void setReceivedAt(String receivedAt) {
		this.receivedAt = receivedAt;
	}

	public String getProfession() {
		return this.profession;
	}

	public void setProfession(String profession) {
		this.profession = profession;
	}

	public String getOrganisationType() {
		return this.organisationType;
	}

	public void setOrganisationType(String organisationType) {
		this.organisationType = organisationType;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getOrganisationQuery() {
		return this.organisationQuery;
	}

	public void setOrganisationQuery(String organisationQuery) {
		this.organisationQuery = organisationQuery;
	}

	public String getPostcode() {
		return this.postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode;
	}

	public String getCommune() {
		return this.commune;
	}

	public void setCommune(String commune) {
		this.commune = commune;
	}

	public List<String> getThemes() {
		return this.themes;
	}

	public void setThemes(List<String> themes) {
		this.themes = (themes != null) ? new ArrayList<>(themes) : new ArrayList<>();
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public List<String> getOrientations() {
		return this.orientations;
	}

	public void setOrientations(List<String> orientations) {
		this.orientations = (orientations != null) ? new ArrayList<>(orientations) : new ArrayList<>();
	}

	public boolean isUnmetNeed() {
		return this.unmetNeed;
	}

	public void setUnmetNeed(boolean unmetNeed) {
		this.unmetNeed = unmetNeed;
	}

	public String getUnmetReason() {
		return this.unmetReason;
	}

	public void setUnmetReason(String unmetReason) {
		this.unmetReason = unmetReason;
	}

	public String getFollowUpAction() {
		return this.followUpAction;
	}

	public void setFollowUpAction(String followUpAction) {
		this.followUpAction = followUpAction;
	}

	public String getFollowUpDue() {
		return this.followUpDue;
	}

	public void setFollowUpDue(String followUpDue) {
		this.followUpDue = followUpDue;
	}

	public String getFollowUpAction2() {
		return this.followUpAction2;
	}

	public void setFollowUpAction2(String followUpAction2) {
		this.followUpAction2 = followUpAction2;
	}

	public String getFollowUpDue2() {
		return this.followUpDue2;
	}

	public void setFollowUpDue2(String followUpDue2) {
		this.followUpDue2 = followUpDue2;
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getMinutesSpent() {
		return this.minutesSpent;
	}

	public void setMinutesSpent(String minutesSpent) {
		this.minutesSpent = minutesSpent;
	}

	public boolean isConfirmIdentifying() {
		return this.confirmIdentifying;
	}

	public void setConfirmIdentifying(boolean confirmIdentifying) {
		this.confirmIdentifying = confirmIdentifying;
	}

}
