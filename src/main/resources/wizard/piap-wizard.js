/*
 * Plan wizard script: checks the form in the browser with the same rules as the Java class
 * wales.piap.plan.WizardForm, shows each message next to its field and keeps the dialog open
 * while there are errors. The server checks again, so this script only saves a round trip.
 *
 * AJS.I18n.getText is called with literal keys only, because the jsI18n transformer
 * replaces those calls with the translated text when it serves the file.
 */
(function (root) {
    'use strict';

    var MAX_SETTING_NAME = 255;
    var MAX_DIRECTION_REFERENCE = 255;
    var MAX_RECOMMENDATIONS = 30;
    var MAX_RECOMMENDATION_LENGTH = 2000;
    var MAX_ECHO = 60;
    // The date range rules of WizardDates in Java.
    var EARLIEST_PUBLICATION = '2014-09-01';
    var PUBLICATION_YEARS_AHEAD = 1;
    var DIRECTED_DEADLINE_YEARS = 2;

    // The same markers, in the same order, as RecommendationList.MARKERS in Java.
    var MARKERS = [
        /^(?:recommendation|argymhelliad)\s*\d{1,2}(?:\s*[.:)\-\u2013\u2014]|\s+|$)/i,
        /^[RrAa]\d{1,2}(?:[.:)](?!\d)|\s+|$)/,
        /^\(?\d{1,2}(?:[.:](?!\d)|\))/,
        /^\d{1,2}(?:\s+[\-\u2013\u2014]\s+(?!\s*\d)|\t+)/,
        /^(?:\((?:[a-zA-Z]|[ivxIVX]{1,4})\)|(?:[a-zA-Z]|[ivxIVX]{1,4})[.)](?=\s))/,
        /^(?:[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043*\u2013\u2014]|-(?!\d))/
    ];

    // Unicode category Ll, as Character.LOWERCASE_LETTER in Java, so Welsh "\u0175" counts.
    // Built from a string so that a resource minifier limited to ES5 syntax passes it through.
    var LOWER_CASE_START = new RegExp('^\\p{Ll}', 'u');

    var MONTHS = [
        ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
            'september', 'october', 'november', 'december'],
        ['ionawr', 'chwefror', 'mawrth', 'ebrill', 'mai', 'mehefin', 'gorffennaf', 'awst',
            'medi', 'hydref', 'tachwedd', 'rhagfyr']
    ];

    // Optional weekday, day with an optional ordinal suffix, month name, year.
    var WRITTEN_DATE = new RegExp('^(?:[^\\s\\d,]+,?\\s+){0,2}?(\\d{1,2})'
        + '(?:st|nd|rd|th|af|ain|ydd|ed|fed|eg)?\\.?\\s+([^\\s\\d.,]+)\\.?,?\\s+(\\d{4})$');

    var SETTING_TYPES = ['maintained-school', 'pupil-referral-unit', 'non-maintained-setting'];
    var CATEGORIES = ['significant-improvement', 'special-measures', 'focused-improvement'];
    var LANGUAGES = ['en', 'cy', 'bilingual'];
    var READINGS = ['half-terms-count', 'half-terms-skipped'];
    var AUTHORITIES = ['gb-agy', 'gb-bgw', 'gb-bge', 'gb-cay', 'gb-crf', 'gb-cmn', 'gb-cgn',
        'gb-cwy', 'gb-den', 'gb-fln', 'gb-gwn', 'gb-mty', 'gb-mon', 'gb-ntl', 'gb-nwp',
        'gb-pem', 'gb-pow', 'gb-rct', 'gb-swa', 'gb-tof', 'gb-vgl', 'gb-wrx'];

    var I18n = root.AJS.I18n;
    var MESSAGES = {
        'setting-name.missing': function () {
            return I18n.getText('piap.blueprint.error.setting-name.missing');
        },
        'setting-name.too-long': function (a, b) {
            return I18n.getText('piap.blueprint.error.setting-name.too-long', a, b);
        },
        'setting-type.missing': function () {
            return I18n.getText('piap.blueprint.error.setting-type.missing');
        },
        'setting-type.unknown': function (a) {
            return I18n.getText('piap.blueprint.error.setting-type.unknown', a);
        },
        'local-authority.missing': function () {
            return I18n.getText('piap.blueprint.error.local-authority.missing');
        },
        'local-authority.unknown': function (a) {
            return I18n.getText('piap.blueprint.error.local-authority.unknown', a);
        },
        'category.missing': function () {
            return I18n.getText('piap.blueprint.error.category.missing');
        },
        'category.unknown': function (a) {
            return I18n.getText('piap.blueprint.error.category.unknown', a);
        },
        'category.needs-non-maintained': function () {
            return I18n.getText('piap.blueprint.error.category.needs-non-maintained');
        },
        'category.needs-school': function () {
            return I18n.getText('piap.blueprint.error.category.needs-school');
        },
        'report-published.missing': function () {
            return I18n.getText('piap.blueprint.error.report-published.missing');
        },
        'report-published.invalid': function (a) {
            return I18n.getText('piap.blueprint.error.report-published.invalid', a);
        },
        'report-published.nonexistent': function (a) {
            return I18n.getText('piap.blueprint.error.report-published.nonexistent', a);
        },
        'report-published.out-of-range': function (a, b, c) {
            return I18n.getText('piap.blueprint.error.report-published.out-of-range', a, b, c);
        },
        'directed-deadline.invalid': function (a) {
            return I18n.getText('piap.blueprint.error.directed-deadline.invalid', a);
        },
        'directed-deadline.nonexistent': function (a) {
            return I18n.getText('piap.blueprint.error.directed-deadline.nonexistent', a);
        },
        'directed-deadline.before-publication': function (a, b) {
            return I18n.getText('piap.blueprint.error.directed-deadline.before-publication',
                a, b);
        },
        'directed-deadline.out-of-range': function (a, b, c) {
            return I18n.getText('piap.blueprint.error.directed-deadline.out-of-range',
                a, b, c);
        },
        'horizon.invalid': function (a) {
            return I18n.getText('piap.blueprint.error.horizon.invalid', a);
        },
        'horizon.nonexistent': function (a) {
            return I18n.getText('piap.blueprint.error.horizon.nonexistent', a);
        },
        'horizon.not-after-publication': function (a, b) {
            return I18n.getText('piap.blueprint.error.horizon.not-after-publication', a, b);
        },
        'direction-reference.too-long': function (a, b) {
            return I18n.getText('piap.blueprint.error.direction-reference.too-long', a, b);
        },
        'direction-reference.without-deadline': function (a) {
            return I18n.getText('piap.blueprint.error.direction-reference.without-deadline',
                a);
        },
        'plan-language.missing': function () {
            return I18n.getText('piap.blueprint.error.plan-language.missing');
        },
        'plan-language.unknown': function (a) {
            return I18n.getText('piap.blueprint.error.plan-language.unknown', a);
        },
        'half-term-reading.unknown': function (a) {
            return I18n.getText('piap.blueprint.error.half-term-reading.unknown', a);
        },
        'recommendations.missing': function () {
            return I18n.getText('piap.blueprint.error.recommendations.missing');
        },
        'recommendations.too-many': function (a, b) {
            return I18n.getText('piap.blueprint.error.recommendations.too-many', a, b);
        },
        'recommendation.too-long': function (a, b, c) {
            return I18n.getText('piap.blueprint.error.recommendation.too-long', a, b, c);
        }
    };

    function trim(text) {
        return String(text === undefined || text === null ? '' : text).replace(/^\s+|\s+$/g, '');
    }

    function stripMarkers(line) {
        var text = trim(line);
        var changed = true;
        for (var round = 0; changed && round < 3 && text; round++) {
            changed = false;
            for (var i = 0; i < MARKERS.length; i++) {
                var match = MARKERS[i].exec(text);
                if (match) {
                    text = trim(text.substring(match[0].length));
                    changed = true;
                    break;
                }
            }
        }
        return text;
    }

    // A line without a marker that starts with a lower-case letter continues the
    // recommendation before it, as in RecommendationList.clean.
    function cleanRecommendations(pasted) {
        var result = [];
        var markerPending = false;
        var lines = String(pasted || '').split(/\r\n|\r|\n|\u2028|\u2029/);
        for (var i = 0; i < lines.length; i++) {
            var trimmed = trim(lines[i]);
            var text = stripMarkers(trimmed);
            var hadMarker = markerPending || text.length < trimmed.length;
            if (!text) {
                markerPending = hadMarker;
                continue;
            }
            markerPending = false;
            if (!hadMarker && result.length > 0 && LOWER_CASE_START.test(text)) {
                result[result.length - 1] += ' ' + text;
            } else {
                result.push(text);
            }
        }
        return result;
    }

    function toDate(year, month, day) {
        var y = parseInt(year, 10);
        var m = parseInt(month, 10);
        var d = parseInt(day, 10);
        var date = new Date(0);
        // setUTCFullYear, unlike Date.UTC, keeps years 0 to 99 as they are.
        date.setUTCFullYear(y, m - 1, d);
        var valid = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1
            && date.getUTCDate() === d;
        return valid ? date : null;
    }

    function monthNumber(name) {
        var lower = name.toLowerCase();
        for (var l = 0; l < MONTHS.length; l++) {
            for (var i = 0; i < 12; i++) {
                var month = MONTHS[l][i];
                if (month === lower || (lower.length === 3 && month.indexOf(lower) === 0)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** Returns [year, month, day] when text has a date shape that DateInput accepts. */
    function dateFields(text) {
        var value = trim(String(text || '').replace(/\u00a0/g, ' '));
        var match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
        if (match) {
            return [match[1], match[2], match[3]];
        }
        match = /^(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{4})$/.exec(value);
        if (match) {
            return [match[3], match[2], match[1]];
        }
        match = WRITTEN_DATE.exec(value);
        if (match && monthNumber(match[2]) > 0) {
            return [match[3], monthNumber(match[2]), match[1]];
        }
        return null;
    }

    /** Parses the date forms DateInput accepts in Java; returns a UTC Date or null. */
    function parseDate(text) {
        var fields = dateFields(text);
        return fields ? toDate(fields[0], fields[1], fields[2]) : null;
    }

    function isoDate(date) {
        return date.toISOString().substring(0, 10);
    }

    /** Adds whole years as LocalDate.plusYears does: 29 February becomes 28 February. */
    function plusYears(date, years) {
        var result = new Date(0);
        result.setUTCFullYear(date.getUTCFullYear() + years, date.getUTCMonth() + 1, 0);
        result.setUTCDate(Math.min(date.getUTCDate(), result.getUTCDate()));
        return result;
    }

    /** Returns the browser's local date as a UTC Date, the form parseDate returns. */
    function localToday() {
        var now = new Date();
        return toDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
    }

    function echo(text) {
        var value = trim(text);
        return value.length <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + '\u2026';
    }

    /**
     * Checks form values (an object keyed by field name) and returns a list of
     * {field, message} in form order; an empty list means the form may be submitted.
     * today is a UTC Date from parseDate; it defaults to the browser's local date.
     */
    function validate(values, today) {
        var errors = [];
        var currentDate = today || localToday();
        function add(field, key) {
            var args = Array.prototype.slice.call(arguments, 2);
            errors.push({field: field, message: MESSAGES[key].apply(null, args)});
        }
        function choice(field, keyPart, allowed) {
            var value = trim(values[field]).toLowerCase();
            if (!value) {
                add(field, keyPart + '.missing');
                return null;
            }
            if (allowed.indexOf(value) < 0) {
                add(field, keyPart + '.unknown', echo(values[field]));
                return null;
            }
            return value;
        }
        function date(field, keyPart, required) {
            var value = trim(values[field]);
            if (!value) {
                if (required) {
                    add(field, keyPart + '.missing');
                }
                return null;
            }
            var parsed = parseDate(value);
            if (!parsed) {
                add(field, keyPart + (dateFields(value) ? '.nonexistent' : '.invalid'),
                    echo(value));
            }
            return parsed;
        }

        var name = trim(values.settingName);
        if (!name) {
            add('settingName', 'setting-name.missing');
        } else if (name.length > MAX_SETTING_NAME) {
            add('settingName', 'setting-name.too-long', name.length, MAX_SETTING_NAME);
        }
        var type = choice('settingType', 'setting-type', SETTING_TYPES);
        choice('localAuthority', 'local-authority', AUTHORITIES);
        var category = choice('category', 'category', CATEGORIES);
        if (type && category) {
            var focused = category === 'focused-improvement';
            if (focused !== (type === 'non-maintained-setting')) {
                add('category', focused ? 'category.needs-non-maintained'
                    : 'category.needs-school');
            }
        }

        var published = date('reportPublished', 'report-published', true);
        if (published) {
            var latestPublication = plusYears(currentDate, PUBLICATION_YEARS_AHEAD);
            if (isoDate(published) < EARLIEST_PUBLICATION || published > latestPublication) {
                add('reportPublished', 'report-published.out-of-range', isoDate(published),
                    EARLIEST_PUBLICATION, isoDate(latestPublication));
                published = null;
            }
        }
        var directed = date('directedDeadline', 'directed-deadline', false);
        if (published && directed) {
            if (directed <= published) {
                add('directedDeadline', 'directed-deadline.before-publication',
                    isoDate(directed), isoDate(published));
            }
            var latestDirected = plusYears(published, DIRECTED_DEADLINE_YEARS);
            if (directed > latestDirected) {
                add('directedDeadline', 'directed-deadline.out-of-range', isoDate(directed),
                    isoDate(published), isoDate(latestDirected));
            }
        }
        var reference = trim(values.directionReference);
        if (reference && !trim(values.directedDeadline)) {
            add('directionReference', 'direction-reference.without-deadline', echo(reference));
        } else if (reference.length > MAX_DIRECTION_REFERENCE) {
            add('directionReference', 'direction-reference.too-long', reference.length,
                MAX_DIRECTION_REFERENCE);
        }
        if (category === 'focused-improvement') {
            var horizon = date('focusedImprovementHorizon', 'horizon', false);
            if (horizon && published && horizon <= published) {
                add('focusedImprovementHorizon', 'horizon.not-after-publication',
                    isoDate(horizon), isoDate(published));
            }
        }

        choice('planLanguage', 'plan-language', LANGUAGES);
        var reading = trim(values.halfTermReading);
        if (reading && READINGS.indexOf(reading) < 0) {
            add('halfTermReading', 'half-term-reading.unknown', echo(reading));
        }

        var recommendations = cleanRecommendations(values.recommendations);
        if (recommendations.length === 0) {
            add('recommendations', 'recommendations.missing');
        } else if (recommendations.length > MAX_RECOMMENDATIONS) {
            add('recommendations', 'recommendations.too-many', recommendations.length,
                MAX_RECOMMENDATIONS);
        }
        for (var i = 0; i < recommendations.length; i++) {
            if (recommendations[i].length > MAX_RECOMMENDATION_LENGTH) {
                add('recommendations', 'recommendation.too-long', 'R' + (i + 1),
                    recommendations[i].length, MAX_RECOMMENDATION_LENGTH);
            }
        }
        return errors;
    }

    function formValues($container) {
        var values = {};
        $container.find('input, select, textarea').each(function () {
            if (this.name) {
                values[this.name] = root.AJS.$(this).val();
            }
        });
        return values;
    }

    function showErrors($container, errors) {
        $container.find('[data-piap-error-for]').text('');
        var messages = {};
        for (var i = 0; i < errors.length; i++) {
            var field = errors[i].field;
            messages[field] = messages[field] ? messages[field] + ' ' + errors[i].message
                : errors[i].message;
        }
        for (var name in messages) {
            if (Object.prototype.hasOwnProperty.call(messages, name)) {
                $container.find('[data-piap-error-for="' + name + '"]').text(messages[name]);
            }
        }
        $container.find('[data-piap-error-summary]').toggleClass('hidden', errors.length === 0);
    }

    function toggleHorizon($container) {
        var focused = $container.find('[name="category"]').val() === 'focused-improvement';
        $container.find('.piap-horizon-group').toggleClass('hidden', !focused);
    }

    root.PiapWizardRules = {
        stripMarkers: stripMarkers,
        cleanRecommendations: cleanRecommendations,
        parseDate: parseDate,
        hasDateShape: function (text) {
            return dateFields(text) !== null;
        },
        validate: validate
    };

    if (root.Confluence && root.Confluence.Blueprint) {
        root.Confluence.Blueprint.setWizard('wales.piap.piap-confluence:piap-create-item',
            function (wizard) {
                wizard.on('post-render.planDetails', function (e, state) {
                    toggleHorizon(state.$container);
                    state.$container.find('[name="category"]').on('change', function () {
                        toggleHorizon(state.$container);
                    });
                });
                wizard.on('submit.planDetails', function (e, state) {
                    var errors = validate(formValues(state.$container));
                    showErrors(state.$container, errors);
                    return errors.length === 0;
                });
            });
    }
}(typeof window !== 'undefined' ? window : this));
