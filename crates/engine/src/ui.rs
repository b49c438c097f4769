//! The keys of the UI strings. Their texts live in `content/ui.yaml` so they can be
//! translated; the content check requires every key here and rejects unknown ones.

macro_rules! ui_keys {
    ($($key:ident = $name:literal),* $(,)?) => {
        /// A UI string. The discriminant indexes [`crate::Model::ui`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum UiKey { $($key),* }

        impl UiKey {
            /// Every key, in discriminant order, with its name in `content/ui.yaml`.
            pub const ALL: &'static [(UiKey, &'static str)] = &[$((UiKey::$key, $name)),*];

            pub fn name(self) -> &'static str {
                Self::ALL[self as usize].1
            }
        }
    };
}

ui_keys! {
    AppTitle = "app_title",
    AppShortName = "app_short_name",
    AppIntro = "app_intro",
    SkipToContent = "skip_to_content",
    HomeHeading = "home_heading",
    EventComing = "event_coming",
    Start = "start",
    Next = "next",
    Back = "back",
    Yes = "yes",
    No = "no",
    Unknown = "unknown",
    NoneOfThese = "none_of_these",
    ChooseError = "choose_error",
    DateError = "date_error",
    ErrorSummaryTitle = "error_summary_title",
    Progress = "progress",
    QuestionTitle = "question_title",
    ResultsHeading = "results_heading",
    ResultsSummary = "results_summary",
    ResultsSummaryAllKnown = "results_summary_all_known",
    NeededHeading = "needed_heading",
    MaybeHeading = "maybe_heading",
    MaybeIntro = "maybe_intro",
    NothingNeeded = "nothing_needed",
    WhereToGo = "where_to_go",
    AlsoAccepted = "also_accepted",
    BringHeading = "bring_heading",
    BringAll = "bring_all",
    DeadlineLabel = "deadline_label",
    DueOn = "due_on",
    FeeLabel = "fee_label",
    OnlineLabel = "online_label",
    NotesLabel = "notes_label",
    SourcesLabel = "sources_label",
    CheckedOn = "checked_on",
    WhyLabel = "why_label",
    ReasonEveryone = "reason_everyone",
    ReasonAnswer = "reason_answer",
    ReasonNotAnswered = "reason_not_answered",
    ShareHeading = "share_heading",
    ShareHint = "share_hint",
    QrLabel = "qr_label",
    ProcedureDone = "procedure_done",
    Overdue = "overdue",
    DueToday = "due_today",
    DueSoon = "due_soon",
    StartOver = "start_over",
    ChangeAnswers = "change_answers",
    LinkProblems = "link_problems",
    PageNotFound = "page_not_found",
    UnknownEvent = "unknown_event",
    ErrorHeading = "error_heading",
    ErrorBody = "error_body",
    ErrorBack = "error_back",
    Phone = "phone",
    DateFormat = "date_format",
    HelpLabel = "help_label",
    AnswersHeading = "answers_heading",
    Change = "change",
    ListSeparator = "list_separator",
    MaybeTag = "maybe_tag",
    NewTab = "new_tab",
    ReviewHeading = "review_heading",
    ReviewIntro = "review_intro",
    ShowResults = "show_results",
    ResultsOnline = "results_online",
    MapLink = "map_link",
    OfficesHeading = "offices_heading",
    OfficesIntro = "offices_intro",
    OfficeSections = "office_sections",
    AllOffices = "all_offices",
    CalendarDownload = "calendar_download",
    CalendarName = "calendar_name",
    LanguageLabel = "language_label",
    LanguageFailed = "language_failed",
    JapaneseOnly = "japanese_only",
}
