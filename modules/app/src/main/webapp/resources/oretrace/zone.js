/* Tells the server the browser's time zone (cookie ot_zone), used for people who chose "as my browser" on My profile. */
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone && document.cookie.indexOf('ot_zone=' + encodeURIComponent(zone)) < 0) {
            document.cookie = 'ot_zone=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
        }
    } catch (ignored) {
        /* an old browser: times stay in the server's zone */
    }
}());
