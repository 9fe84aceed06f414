// The office editor's maps (Leaflet): place the office by clicking or dragging, and pick the
// neighbourhoods of its service area. Both only mirror fields of the form, which work without them.
(function () {
	'use strict';
	if (typeof L === 'undefined') {
		return;
	}

	function baseMap(element) {
		var data = element.dataset;
		element.hidden = false;
		var map = L.map(element, { scrollWheelZoom: false });
		map.attributionControl.setPrefix(false);
		if (data.tiles) {
			var attribution = document.createElement('a');
			attribution.href = data.attributionUrl;
			attribution.textContent = data.attribution;
			L.tileLayer(data.tiles, { maxZoom: 19, attribution: attribution.outerHTML }).addTo(map);
		}
		return map;
	}

	function readDegrees(input) {
		var value = parseFloat(input.value.replace(',', '.'));
		return isNaN(value) ? null : value;
	}

	var picker = document.querySelector('.location-picker');
	var latitude = document.getElementById('latitude');
	var longitude = document.getElementById('longitude');
	if (picker && latitude && longitude) {
		var map = baseMap(picker);
		var start = [readDegrees(latitude) || 50.8467, readDegrees(longitude) || 4.3525];
		map.setView(start, 16);
		// The site's own marker: Leaflet's default image is looked up beside the page, and missing.
		var icon = L.divIcon({ className: 'office-marker', iconSize: [24, 24] });
		var marker = L.marker(start, { icon: icon, draggable: true, title: picker.dataset.label, keyboard: true }).addTo(map);
		var place = function (point) {
			marker.setLatLng(point);
			latitude.value = point.lat.toFixed(6);
			longitude.value = point.lng.toFixed(6);
		};
		marker.on('dragend', function () { place(marker.getLatLng()); });
		map.on('click', function (event) { place(event.latlng); });
		[latitude, longitude].forEach(function (input) {
			input.addEventListener('change', function () {
				var lat = readDegrees(latitude);
				var lon = readDegrees(longitude);
				if (lat !== null && lon !== null) {
					marker.setLatLng([lat, lon]);
					map.panTo([lat, lon]);
				}
			});
		});
	}

	var area = document.querySelector('.area-map');
	if (area) {
		var areaMap = baseMap(area);
		var boxes = {};
		document.querySelectorAll('input[name="serviceArea"]').forEach(function (box) {
			boxes[box.value] = box;
		});
		var style = function (feature) {
			var box = boxes[String(feature.properties.code)];
			var chosen = box && box.checked;
			return { color: '#003366', weight: chosen ? 3 : 1, fillColor: chosen ? '#00703c' : '#6f777b',
				fillOpacity: chosen ? 0.45 : 0.1 };
		};
		fetch(area.dataset.source, { headers: { Accept: 'application/geo+json' } })
			.then(function (response) { return response.json(); })
			.then(function (neighbourhoods) {
				var layer = L.geoJSON(neighbourhoods, {
					style: style,
					onEachFeature: function (feature, shape) {
						shape.bindTooltip(feature.properties.name);
						shape.on('click', function () {
							var box = boxes[String(feature.properties.code)];
							if (box) {
								box.checked = !box.checked;
								layer.setStyle(style);
							}
						});
					}
				}).addTo(areaMap);
				// The checkboxes are the keyboard's way to choose: shapes stay out of the Tab order
				// (Leaflet makes shapes with a tooltip focusable).
				layer.eachLayer(function (shape) { shape.getElement().setAttribute('tabindex', '-1'); });
				areaMap.fitBounds(layer.getBounds());
				Object.keys(boxes).forEach(function (code) {
					boxes[code].addEventListener('change', function () { layer.setStyle(style); });
				});
			});
	}
}());
