package brussels.maillage.events.communities;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The setting of communities of practice
 * ({@code maillage.events.community-fee-per-meeting}).
 *
 * @param communityFeePerMeeting the flat fee a participant is owed per meeting attended,
 * in euros
 */
@ConfigurationProperties("maillage.events")
record CommunitySettings(BigDecimal communityFeePerMeeting) {

	CommunitySettings {
		communityFeePerMeeting = (communityFeePerMeeting != null) ? communityFeePerMeeting : new BigDecimal("75.00");
	}

}
