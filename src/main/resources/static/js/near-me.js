// "Use my location": shown only when the browser can locate the resident, asked only on click.
// The position is rounded to about 100 m before it leaves the browser.
(function () {
	'use strict';
	var block = document.querySelector('.near-me');
	if (!block || !('geolocation' in navigator)) {
		return;
	}
	var button = block.querySelector('button');
	var status = block.querySelector('.near-me-status');
	block.hidden = false;
	button.addEventListener('click', function () {
		navigator.geolocation.getCurrentPosition(function (position) {
			var round = function (degrees) { return degrees.toFixed(3); };
			window.location.assign(button.getAttribute('data-nearest') + '?lat=' + round(position.coords.latitude)
				+ '&lon=' + round(position.coords.longitude));
		}, function () {
			status.textContent = status.getAttribute('data-denied');
		}, { maximumAge: 300000, timeout: 15000 });
	});
}());
