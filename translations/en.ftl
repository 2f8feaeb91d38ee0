skip-to-content = Skip to the content
languages = Languages
all-languages = All languages
menu = Topics
home = Home
help-title = Do you need help?
help-call = Call
help-whatsapp = WhatsApp
key-points = Key points
help-emergency = Are you in danger now?
help-emergency-call = Call { $number }
help-emergency-free = It is free.
help-legal = Legal advice from KIND México:
updated-on = Updated on { $date }
legal-review = Reviewed by { $name } on { $date }
sources-title = Where does this information come from?
source-checked = Checked on { $date }
notice-fallback = This page is not in your language yet. Here it is in { $code ->
        [es] Spanish
        [en] English
        [fr] French
        [ht] Haitian Creole
        [pt] Portuguese
       *[other] { $language }
    }.
notice-draft = No person has checked this translation yet. It may have mistakes.
notice-stale = The { $code ->
        [es] Spanish
        [en] English
        [fr] French
        [ht] Haitian Creole
        [pt] Portuguese
       *[other] { $language }
    } text changed after this translation was made. Some new information may be missing.
notice-read-source = Read it in { $code ->
        [es] Spanish
        [en] English
        [fr] French
        [ht] Haitian Creole
        [pt] Portuguese
       *[other] { $language }
    }
section-pages = { $count ->
    [one] One page in this section
   *[other] { $count } pages in this section
}
date-long = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $day }, { $year }
quick-exit = Quick exit
print-address = This page online:
not-found-title = We could not find this page
not-found-text = The address may have a mistake, or the page may not exist any more. Do not worry: you can find everything from the home page.
not-found-home = Go to the home page
booklet-file-name = guide
booklet-title = Guide: your rights
booklet-intro = Every page in one file. You can save it, print it or share it. It works without internet.
booklet-download = Download the whole guide ({ $size } KB)
booklet-online = Scan the code to open this page online:
contents = Contents
offline-title = Save to read without internet
offline-explain = You can save all the pages in English on this phone. Then you can read them without internet. It uses about { $size } KB of data, only once.
offline-save = Save on this phone
offline-done = Done. You can now read these pages without internet.
audio-listen = Listen to this page ({ $size })
moved-title = This page has moved
moved-text = It is here now. If it does not open by itself, tap the link:
gone-title = This page is not here any more
gone-text = We took this page away. You can find everything else on the home page.
gone-home = Go to the home page
gone-notice = The page you were looking for is not here any more. You can find everything else here, on the home page.
