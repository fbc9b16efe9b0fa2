/* The directory's filters on a phone: folded into their disclosure so that the results come first; on a larger screen
   always open (the summary is hidden there by the style sheet). Without JavaScript they stay open. A filter with an
   error stays open so that its message is seen. */
(function () {
	'use strict';

	var small = window.matchMedia('(max-width: 40rem)');

	function fit(details) {
		if (!small.matches) {
			details.open = true;
		}
		else if (!details.dataset.keepOpen && !details.dataset.touched) {
			details.open = false;
		}
	}

	function start() {
		document.querySelectorAll('[data-filters-disclosure]').forEach(function (details) {
			fit(details);
			details.querySelector('summary').addEventListener('click', function () {
				details.dataset.touched = 'true';
			});
			small.addEventListener('change', function () {
				fit(details);
			});
		});
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
})();
