skip-to-content = Skip to the content
languages = Languages
all-languages = All languages
menu = Topics
home = Home
help-title = Do you need help?
help-call = Call
help-whatsapp = WhatsApp
key-points = Key points
reviewed-on = Reviewed on { $date }
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
