"""Each linking and relation rule, pinned on sentences written for the test (never dev-set sentences)."""

from __future__ import annotations

import pytest
from graphkit.ingest.extract import extraction_from_doc
from spacy.tokens import Span

from graphkit.model import Article


def extract(extractor, text: str):
    return extractor.extract(Article.create(text=text))


def names(extraction) -> dict[str, str]:
    return {e.id: e.name for e in extraction.entities}


def triples(extraction) -> set[tuple[str, str, str]]:
    n = names(extraction)
    return {(n[r.subject], r.type, n[r.object]) for r in extraction.relations}


def types(extraction) -> dict[str, str]:
    return {e.name: e.type for e in extraction.entities}


# -- linking -------------------------------------------------------------------

def test_kb_names_override_statistical_types(extractor) -> None:
    ex = extract(extractor, "OpenAI and Nvidia met officials in Tokyo to discuss GPT-5 and the H20.")
    t = types(ex)
    assert t["OpenAI"] == "Firm" and t["Nvidia"] == "Firm" and t["GPT-5"] == "AIModel" and t["H20"] == "Hardware"


def test_metonyms_and_demonyms_link_to_governments(extractor) -> None:
    ex = extract(extractor, "Whitehall reacted coolly. Chinese officials said Beijing would respond.")
    assert {"United Kingdom", "China"} <= set(names(ex).values())


def test_acronym_defined_in_text_names_the_entity_everywhere(extractor) -> None:
    ex = extract(extractor, "The Zetland Office for Robotics Oversight (ZORO) opened today. Critics say ZORO lacks staff.")
    [office] = [e for e in ex.entities if "Robotics" in e.name]
    assert office.type == "Agency"
    assert "ZORO" in office.aliases
    assert sum(m.text == "ZORO" for m in office.mentions) == 2


def test_unknown_names_are_typed_by_their_head_word(extractor) -> None:
    ex = extract(extractor, "Parliament debated the Robot Safety Act while the Quantum Futures Summit was held in Oslo.")
    t = types(ex)
    assert t.get("Robot Safety Act") == "Policy"
    assert t.get("Quantum Futures Summit") == "Event"


def test_surname_alone_refers_to_the_person_named_earlier(extractor) -> None:
    ex = extract(extractor, "Maria Velasquez founded Lumina Robotics in 2019. Velasquez now runs the company.")
    people = [e for e in ex.entities if e.type == "Person"]
    assert len(people) == 1 and len(people[0].mentions) == 2


def test_definite_description_refers_to_nearest_fitting_entity(extractor) -> None:
    ex = extract(extractor, "Mistral AI raised money last year. The company is based in Paris.")
    mistral = next(e for e in ex.entities if e.name == "Mistral AI")
    assert any(m.text == "company" for m in mistral.mentions)


def test_ambiguous_alias_resolves_towards_the_article_government(extractor) -> None:
    uk = extract(extractor, "Britain's ministers praised the AI Action Plan. The UK wants more compute.")
    us = extract(extractor, "Washington published the AI Action Plan. The US wants more compute.")
    assert "AI Opportunities Action Plan" in names(uk).values()
    assert "America's AI Action Plan" in names(us).values()


# -- relations -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nvidia unveiled the B200 accelerator at its conference.", ("Nvidia", "DEVELOPS", "B200")),
        ("GPT-5 was released by OpenAI in August.", ("OpenAI", "DEVELOPS", "GPT-5")),
        ("Reviewers tested Llama 4, Meta's largest open model.", ("Meta", "DEVELOPS", "Llama 4")),
        ("Japan adopted the AI Promotion Act last spring.", ("Japan", "ENACTS", "AI Promotion Act")),
        ("Donald Trump revoked Executive Order 14110 on his first day.", ("Donald Trump", "REVOKES", "Executive Order 14110")),
        ("The Netherlands imposed export controls on ASML machines.", ("Netherlands", "RESTRICTS", "ASML")),
        ("Washington eased curbs on Nvidia this week.", ("United States", "LIFTS_RESTRICTIONS_ON", "Nvidia")),
        ("The Federal Trade Commission investigated Microsoft over its cloud deals.", ("Federal Trade Commission", "REGULATES", "Microsoft")),
        ("SoftBank invested heavily in OpenAI.", ("SoftBank", "INVESTS_IN", "OpenAI")),
        ("Anthropic partnered with Palantir on defence work.", ("Anthropic", "PARTNERS_WITH", "Palantir")),
        ("Nvidia acquired Run:ai, and AMD bought Silo AI.", ("AMD", "ACQUIRES", "Silo AI")),
        ("TSMC supplies Apple with its most advanced chips.", ("TSMC", "SUPPLIES", "Apple")),
        ("France hosted the AI Action Summit in February.", ("France", "HOSTS", "AI Action Summit")),
        ("Canada attended the AI Seoul Summit.", ("Canada", "PARTICIPATES_IN", "AI Seoul Summit")),
        ("Ilya Sutskever co-founded Safe Superintelligence after leaving.", ("Ilya Sutskever", "FOUNDED", "Safe Superintelligence")),
    ],
)
def test_verb_patterns_active_and_passive(extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extract(extractor, text))


def test_coordinated_subjects_yield_one_claim_each(extractor) -> None:
    found = triples(extract(extractor, "The US and the Netherlands restricted Huawei."))
    assert ("United States", "RESTRICTS", "Huawei") in found
    assert ("Netherlands", "RESTRICTS", "Huawei") in found


@pytest.mark.parametrize(
    "text",
    [
        "The US did not restrict Huawei.",
        "The US may restrict Huawei next year.",
        "The US plans to restrict Huawei.",
        "The US could ban Huawei if talks fail.",
        "Did the US ban Huawei?",
    ],
)
def test_negated_modal_and_hedged_statements_yield_no_claim(extractor, text: str) -> None:
    assert not any(r.type == "RESTRICTS" for r in extract(extractor, text).relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analysts praised Secretary of Commerce Howard Lutnick for his speech.", ("Howard Lutnick", "LEADS", "US Department of Commerce")),
        ("Nvidia CEO Jensen Huang flew to Taipei.", ("Jensen Huang", "LEADS", "Nvidia")),
        ("The French government, under President Emmanuel Macron, courted investors.", ("Emmanuel Macron", "LEADS", "France")),
        ("US courts heard lawyers for the Obama administration.", ("Barack Obama", "LEADS", "United States")),
        ("Zhipu AI, under the leadership of Tang Jie, grew fast.", ("Tang Jie", "LEADS", "Zhipu AI")),
    ],
)
def test_titles_of_office_state_leadership(extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extract(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Paris-based startup Mistral AI hired engineers.", ("Mistral AI", "BASED_IN", "Paris")),
        ("Cohere is based in Toronto.", ("Cohere", "BASED_IN", "Toronto")),
        ("Japanese firms such as Rapidus and Sakana AI won subsidies.", ("Rapidus", "BASED_IN", "Japan")),
        ("Investors cheered when the US chipmaker Nvidia reported results.", ("Nvidia", "BASED_IN", "United States")),
    ],
)
def test_place_of_business_patterns(extractor, text: str, expected: tuple[str, str, str]) -> None:
    found = triples(extract(extractor, text))
    assert expected in found or (expected[0], expected[1], "France") in found and expected[2] == "Paris"


def test_staff_nouns_and_hiring_verbs_give_employment(extractor) -> None:
    found = triples(extract(extractor, "Meta hired three researchers from Google, including Lena Ortiz and Sam Obi."))
    assert ("Lena Ortiz", "WORKS_FOR", "Meta") in found
    assert ("Sam Obi", "WORKS_FOR", "Google") in found


def test_funding_and_partnership_nouns(extractor) -> None:
    found = triples(extract(extractor, "Mistral AI received a large investment from Microsoft. "
                                       "Later, Amazon announced a partnership with Cohere."))
    assert ("Microsoft", "INVESTS_IN", "Mistral AI") in found
    assert ("Amazon", "PARTNERS_WITH", "Cohere") in found


def test_possessive_policy_and_agency_ownership(extractor) -> None:
    found = triples(extract(extractor, "Japan's AI Promotion Act took effect. China's Cyberspace Administration of China issued rules."))
    assert ("Japan", "ENACTS", "AI Promotion Act") in found


def test_relations_outside_the_schema_are_dropped(extractor) -> None:
    # a person cannot DEVELOP a model in the schema: no claim, even though the verb fits
    found = triples(extract(extractor, "Sam Altman released GPT-5 on stage."))
    assert not any(t[1] == "DEVELOPS" and t[0] == "Sam Altman" for t in found)


def test_every_claim_carries_its_sentence_and_a_confidence(extractor) -> None:
    text = "Intro sentence here. Google invested in Anthropic last year. Outro."
    ex = extract(extractor, text)
    [rel] = [r for r in ex.relations if r.type == "INVESTS_IN"]
    assert rel.evidence == "Google invested in Anthropic last year."
    assert text[rel.start:rel.end].strip() == rel.evidence
    assert 0.3 <= rel.confidence <= 1.0


# -- rules added while growing the development set ------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state named inside an agency's name
        ("Officials at the U.S. Department of Energy met reporters.", ("US Department of Energy", "PART_OF", "United States")),
        # possessive marker parsed as a case dependent
        ("The U.S. Department of the Treasury’s Office of Foreign Assets Control acted.", ("Office of Foreign Assets Control", "PART_OF", "US Department of the Treasury")),
        # listing verbs put targets on a restriction list
        ("Washington added Huawei to the Entity List in 2019.", ("United States", "RESTRICTS", "Huawei")),
        # a maker named right before its product
        ("Buyers hoarded Nvidia H800 chips last year.", ("Nvidia", "DEVELOPS", "H800")),
        # partnership between two parties
        ("They announced a partnership between Mistral AI and Nvidia.", ("Mistral AI", "PARTNERS_WITH", "Nvidia")),
        # an event held in a place
        ("Delegates flew to the AI Seoul Summit in Seoul.", ("Seoul", "HOSTS", "AI Seoul Summit")),
        # a hyphenated prefix verb stays one verb
        ("Rapidus was co-founded by Tetsuro Higashi in 2022.", ("Tetsuro Higashi", "FOUNDED", "Rapidus")),
        # funding words anywhere under a receiving verb
        ("Cohere said it had raised new money, including a large investment from Nvidia.", ("Nvidia", "INVESTS_IN", "Cohere")),
        # money given to a company NER does not know
        ("The Department of Commerce awarded Zyntrix Photonics $40 million in direct funding.", ("US Department of Commerce", "INVESTS_IN", "Zyntrix Photonics")),
        # a leader introduced by an appositive title with 'for'
        ("said Maria Lopez, Under Secretary for the Bureau of Industry and Security.", ("Maria Lopez", "LEADS", "Bureau of Industry and Security")),
        # a policy named after a possessive head noun: "X's executive order on <title>"
        ("Critics attacked President Trump’s order on Removing Barriers to American Leadership in AI.", ("Donald Trump", "ENACTS", "Executive Order 14179")),
    ],
)
def test_development_set_rules(extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extract(extractor, text))


def test_description_prefers_the_earlier_subject_over_entities_in_its_own_clause(extractor) -> None:
    text = ("Lumora Robotics grew quickly. Rivals such as Nvidia and Intel cut prices to compete with the company.")
    found = triples(extract(extractor, text))
    assert ("Nvidia", "COMPETES_WITH", "Lumora Robotics") in found or ("Lumora Robotics", "COMPETES_WITH", "Nvidia") in found
    assert not any({a, c} == {"Nvidia", "Intel"} for a, _, c in found)


def test_list_removal_lifts_restrictions_by_the_list_keeper(extractor) -> None:
    text = ("The Bureau of Industry and Security revised the Entity List today. "
            "The removal of Zentech Systems will support trade.")
    assert ("Bureau of Industry and Security", "LIFTS_RESTRICTIONS_ON", "Zentech Systems") in triples(extract(extractor, text))


def test_capitalised_surname_after_a_title_is_a_person(extractor) -> None:
    ex = extract(extractor, "The delegation included Minister of Foreign Affairs KAMIKAWA and others.")
    assert types(ex).get("Kamikawa") == "Person"


def test_headline_phrases_are_not_firms(extractor) -> None:
    ex = extract(extractor, "Updates to Address National Security Concerns Posed by Rivals were released.")
    assert not any(e.type == "Firm" for e in ex.entities)


def test_currency_code_is_not_a_government(extractor) -> None:
    ex = extract(extractor, "Amazon invested another US $2.75 billion into Anthropic.")
    assert "United States" not in names(ex).values()
    assert ("Amazon", "INVESTS_IN", "Anthropic") in triples(ex)


def test_dateline_in_capitals_is_a_place(extractor) -> None:
    ex = extract(extractor, "WASHINGTON, D.C. – Today the agency published new guidance.")
    assert types(ex).get("Washington, D.C.") == "Location"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regulators reviewed Microsoft's acquisition of Inflection AI.", ("Microsoft", "ACQUIRES", "Inflection AI")),
        ("Beijing condemned the new US sanctions on Huawei.", ("United States", "RESTRICTS", "Huawei")),
        ("The FTC opened an investigation into OpenAI last summer.", ("Federal Trade Commission", "REGULATES", "OpenAI")),
        ("Observers welcomed Japan's adoption of the AI Promotion Act.", ("Japan", "ENACTS", "AI Promotion Act")),
        ("Executives praised Nvidia's partnership with Mistral AI.", ("Mistral AI", "PARTNERS_WITH", "Nvidia")),
        ("Lumina Robotics, a subsidiary of SoftBank, opened a lab.", ("Lumina Robotics", "PART_OF", "SoftBank")),
        ("Analysts quoted OpenAI's Jakub Ferenc at length.", ("Jakub Ferenc", "WORKS_FOR", "OpenAI")),
        ("Nvidia's chief executive, Jensen Huang, flew to Taipei.", ("Jensen Huang", "LEADS", "Nvidia")),
    ],
)
def test_nominal_and_appositive_patterns(extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extract(extractor, text))


def test_restriction_nouns_under_undoing_verbs_are_not_restrictions(extractor) -> None:
    found = triples(extract(extractor, "Washington scrapped its export restrictions on Huawei's phones."))
    assert ("United States", "RESTRICTS", "Huawei") not in found
    assert ("United States", "LIFTS_RESTRICTIONS_ON", "Huawei") in found


def test_subject_pronoun_continues_the_previous_subject(extractor) -> None:
    text = "The Department of Energy awarded Zentrix Labs $5 million, and it awarded Quorra Systems $9 million."
    found = triples(extract(extractor, text))
    assert ("US Department of Energy", "INVESTS_IN", "Quorra Systems") in found
    assert not any(s == "Zentrix Labs" for s, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2021, Priya Raman joined Anthropic as a researcher.", ("Priya Raman", "WORKS_FOR", "Anthropic")),
        ("Canada joined the Global Partnership on Artificial Intelligence.", ("Canada", "MEMBER_OF", "Global Partnership on Artificial Intelligence")),
        ("Nadia Perez co-founded Lumora Robotics with Tomas Berg.", ("Tomas Berg", "FOUNDED", "Lumora Robotics")),
        # (a capital after a body's name is the city it sits in, as "held in Seoul" is: the city hosts)
        ("The AI Seoul Summit was held at the Korea Institute in Seoul.", ("Seoul", "HOSTS", "AI Seoul Summit")),
        ("The summit was co-chaired by Emmanuel Macron and Narendra Modi.", ("Narendra Modi", "PARTICIPATES_IN", "AI Action Summit")),
        ("Lena Ortiz is a researcher, best known as the co-founder and CEO of the startup Lumora Robotics.", ("Lena Ortiz", "LEADS", "Lumora Robotics")),
    ],
)
def test_joining_founding_with_hosting_and_predicate_titles(extractor, text: str, expected: tuple[str, str, str]) -> None:
    if "co-chaired" in text:
        text = "The AI Action Summit opened in Paris. " + text
    assert expected in triples(extract(extractor, text))


def test_foreign_institution_names_are_organizations(extractor) -> None:
    ex = extract(extractor, "She studied at the Université Grenoble Alpes and the Instituto Superior Técnico.")
    t = types(ex)
    assert t.get("Université Grenoble Alpes") == "Organization"


def test_titles_in_an_appositive_list_after_a_comma(extractor) -> None:
    text = "“We will act,” said Rosa Imani, Assistant Secretary of Commerce for Trade and NTIA Administrator."
    found = triples(extract(extractor, text))
    assert ("Rosa Imani", "LEADS", "National Telecommunications and Information Administration") in found
    assert ("Rosa Imani", "WORKS_FOR", "US Department of Commerce") in found


def test_partner_objects_inside_an_including_phrase(extractor) -> None:
    text = "The UK AI Security Institute will partner across government, including with the National Cyber Security Centre."
    found = triples(extract(extractor, text))
    assert any(t[1] == "PARTNERS_WITH" and {t[0], t[2]} == {"UK AI Security Institute", "National Cyber Security Centre"} for t in found)


def test_joint_ticket_administration_names_two_people_and_acts_as_the_first(extractor) -> None:
    ex = extract(extractor, "The Obama-Biden Administration today signed the Clean Compute Act into law.")
    found = triples(ex)
    t = types(ex)
    assert t.get("Joe Biden") == "Person" and "Biden Administration" not in t
    assert ("Barack Obama", "ENACTS", "Clean Compute Act") in found
    assert ("Joe Biden", "LEADS", "United States") not in found


# -- lists after a colon, collective predicate nominals ---------------------------

def test_a_plural_class_noun_stands_for_the_names_listed_after_a_colon(extractor) -> None:
    ex = extract(extractor, "The following ministers attended the AI Safety Summit: Rishi Sunak, Kamala Harris, and Giorgia Meloni.")
    assert {(p, "PARTICIPATES_IN", "AI Safety Summit 2023") for p in ("Rishi Sunak", "Kamala Harris", "Giorgia Meloni")} <= triples(ex)


def test_a_colon_that_opens_a_clause_is_not_read_as_a_list(extractor) -> None:
    ex = extract(extractor, "The following officials attended the AI Safety Summit: Rishi Sunak said Nvidia must stop selling chips.")
    assert not {t for t in triples(ex) if t[1] == "PARTICIPATES_IN" and t[0] != "Rishi Sunak"}


def test_listed_names_of_the_wrong_kind_do_not_stand_for_the_class_noun(extractor) -> None:
    ex = extract(extractor, "The following ministers attended the AI Safety Summit: Nvidia, Intel and AMD.")
    assert not {t for t in triples(ex) if t[1] == "PARTICIPATES_IN"}


def test_a_family_of_models_made_by_a_firm_is_developed_by_it(extractor) -> None:
    ex = extract(extractor, "Claude is a family of large language models developed by Anthropic.")
    assert ("Anthropic", "DEVELOPS", "Claude") in triples(ex)


# -- relative clauses, partnerships, housing ---------------------------------------

def test_a_relative_pronoun_subject_is_the_noun_the_clause_follows(extractor) -> None:
    ex = extract(extractor, "Lina Khan, who chairs the FTC, warned the firms.")
    assert ("Lina Khan", "LEADS", "Federal Trade Commission") in triples(ex)


def test_coordinated_subjects_announcing_a_partnership_partner_with_each_other(extractor) -> None:
    ex = extract(extractor, "Microsoft and OpenAI announced a partnership on Tuesday.")
    assert {("Microsoft", "PARTNERS_WITH", "OpenAI"), ("OpenAI", "PARTNERS_WITH", "Microsoft")} & triples(ex)


def test_a_hedged_partnership_announcement_is_not_a_claim(extractor) -> None:
    assert not triples(extract(extractor, "Anthropic and Amazon may announce a partnership."))


def test_acting_in_partnership_with_someone_partners_with_them(extractor) -> None:
    ex = extract(extractor, "Nvidia built the system in partnership with SoftBank.")
    assert ("Nvidia", "PARTNERS_WITH", "SoftBank") in triples(ex)


def test_a_possessed_partnership_belongs_to_its_possessor_not_to_the_clause_subject(extractor) -> None:
    ex = extract(extractor, "The CMA is investigating Microsoft's partnership with Inflection AI.")
    partners = {frozenset((s, o)) for s, r, o in triples(ex) if r == "PARTNERS_WITH"}
    assert partners == {frozenset(("Microsoft", "Inflection AI"))}


@pytest.mark.parametrize("text", [
    "The US AI Safety Institute, housed within NIST, will lead the work.",
    "The US AI Safety Institute is housed in NIST.",
    "The US AI Safety Institute, which sits within NIST, will lead the work.",
])
def test_a_body_housed_within_another_is_part_of_it(extractor, text: str) -> None:
    assert ("US AI Safety Institute", "PART_OF", "National Institute of Standards and Technology") in triples(extract(extractor, text))


def test_a_firm_located_in_a_city_is_based_there(extractor) -> None:
    assert ("Mistral AI", "BASED_IN", "Paris") in triples(extract(extractor, "Mistral AI is located in Paris."))


# -- sums of money as objects -------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("SoftBank will invest $30 billion in OpenAI.", ("SoftBank", "INVESTS_IN", "OpenAI")),
    ("OpenAI received $10 billion from Microsoft.", ("Microsoft", "INVESTS_IN", "OpenAI")),
    ("The UK government announced £100 million for Graphcore.", ("United Kingdom", "INVESTS_IN", "Graphcore")),
])
def test_a_sum_of_money_is_transparent_between_investor_and_investee(extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extract(extractor, text))


def test_money_for_something_that_is_not_an_investee_type_is_not_an_investment(extractor) -> None:
    ex = extract(extractor, "The UK government announced £100 million for the AI Safety Institute.")
    assert not {t for t in triples(ex) if t[1] == "INVESTS_IN"}


def test_lowercase_under_before_a_title_is_the_preposition_not_the_title(extractor) -> None:
    ex = extract(extractor, "The Department of Commerce, under Secretary Howard Lutnick, rescinded the rule.")
    assert ("Howard Lutnick", "LEADS", "US Department of Commerce") in triples(ex)


def test_led_by_a_capitalised_under_secretary_still_finds_the_leader(extractor) -> None:
    ex = extract(extractor, "The Bureau of Industry and Security, led by Under Secretary Alan Estevez, issued the rule.")
    assert ("Alan Estevez", "LEADS", "Bureau of Industry and Security") in triples(ex)


# -- copular structure, 'to' objects, demonym-modified lists ----------------------

def test_a_copular_member_of_statement_is_membership(extractor) -> None:
    assert ("Japan", "MEMBER_OF", "G7") in triples(extract(extractor, "Japan is a member of the G7."))


def test_a_negated_copular_member_of_statement_is_not(extractor) -> None:
    assert not triples(extract(extractor, "Japan is not a member of NATO."))


def test_goods_supplied_to_firms_make_the_firms_customers(extractor) -> None:
    ex = extract(extractor, "TSMC supplies chips to Apple and Nvidia.")
    assert {("TSMC", "SUPPLIES", "Apple"), ("TSMC", "SUPPLIES", "Nvidia")} <= triples(ex)


def test_a_list_after_a_demonym_modified_noun_names_the_argument_not_the_state(extractor) -> None:
    ex = extract(extractor, "ASML sells its machines to Chinese chipmakers such as SMIC.")
    assert ("ASML", "SUPPLIES", "SMIC") in triples(ex)
    assert ("ASML", "SUPPLIES", "China") not in triples(ex)


# -- titles held 'as', leaders who are not also staff --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Emmanuel Macron hosted the summit as President of France.", ("Emmanuel Macron", "LEADS", "France")),
    ("Arati Prabhakar served as director of the Office of Science and Technology Policy.",
     ("Arati Prabhakar", "LEADS", "Office of Science and Technology Policy")),
])
def test_a_title_held_as_an_adjunct_gives_its_holder_the_role(extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extract(extractor, text))


def test_a_leader_named_by_title_is_not_also_claimed_as_staff_in_that_sentence(extractor) -> None:
    ex = extract(extractor, "Sundar Pichai, Alphabet's chief executive, spoke at the summit.")
    assert ("Sundar Pichai", "LEADS", "Alphabet") in triples(ex)
    assert ("Sundar Pichai", "WORKS_FOR", "Alphabet") not in triples(ex)


def test_a_name_span_that_swallowed_a_bracketed_acronym_ends_before_the_bracket(nlp) -> None:
    from graphkit.ingest.linking import clean_span
    from spacy.tokens import Span

    doc = nlp.make_doc("We work with the Laboratory for Robot Ethics Research (LRER), and others.")
    opened = next(t.i for t in doc if t.text == "(")
    span = clean_span(Span(doc, 3, opened + 2, label="ORG"))
    assert span is not None and span.text == "Laboratory for Robot Ethics Research"
    closed = clean_span(Span(doc, 4, opened + 3, label="ORG"))
    assert closed is not None and closed.text == "Laboratory for Robot Ethics Research"
    inner = nlp.make_doc("The Artificial Intelligence (AI) Action Summit was held in Paris.")
    kept = clean_span(Span(inner, 0, 8, label="EVENT"))
    assert kept is not None and kept.text == "Artificial Intelligence (AI) Action Summit"


# -- capitals that are not names ----------------------------------------------------

def test_title_cased_headlines_and_quoted_titles_yield_no_unknown_organisations(extractor) -> None:
    text = ("Regulator Moves to Protect Consumer Trust Across Digital Markets\n"
            "Quantix Labs presented a paper titled \u201cBuilding Trustworthy Machine Reasoning Across Open Systems\u201d at the fair.")
    found = set(names(extract(extractor, text)).values())
    assert not {n for n in found if "Trust" in n or "Building" in n or "Reasoning" in n}


def test_a_name_dense_sentence_with_verbs_is_not_mistaken_for_a_headline(nlp) -> None:
    from graphkit.ingest.linking import headline_tokens

    doc = nlp("He studied at the École Polytechnique and Télécom Paris, then specialized in Vision at Université Paris-Saclay.")
    assert not headline_tokens(doc)
    heading = nlp("Commerce Strengthens Restrictions on Advanced Computing Semiconductors\nThe rule takes effect today.")
    assert 0 in headline_tokens(heading) and len(heading) - 2 not in headline_tokens(heading)


def test_a_sentence_initial_adjective_is_not_part_of_a_name(extractor) -> None:
    ex = extract(extractor, "Leading AI nations met at Bletchley Park today.")
    assert not {n for n in names(ex).values() if n.startswith("Leading")}


def test_a_comma_separated_line_of_names_is_a_list_not_a_headline(nlp) -> None:
    from graphkit.ingest.linking import headline_tokens

    doc = nlp("Participants\nQuantix Labs, Helios Robotics, Norland Systems, and Vexa Analytics\nThe meeting ended at noon.")
    assert not headline_tokens(doc) & {t.i for t in doc if t.text == "Quantix"}
    dated = nlp("Updates to Modify and Reinforce Restrictions Initially Released on October 7, 2022, to Address Security Concerns\n"
                "The rule takes effect today.")
    assert 0 in headline_tokens(dated)


# -- lists laid out under headings ---------------------------------------------------

READOUT = """On Monday the Ministry of Digital Affairs hosted the Quantum Governance Summit in Tokyo.

2. Participating countries and organizations

[G20 countries]
Brazil, India, Indonesia (Chair), South Africa, and Argentina

[Invited organizations]
OECD and UNESCO

3. Next steps
Canada, Mexico and Chile
"""


def test_names_listed_under_a_group_heading_are_its_members(extractor) -> None:
    found = triples(extract(extractor, READOUT))
    assert {(c, "MEMBER_OF", "G20") for c in ("Brazil", "India", "Indonesia", "South Africa", "Argentina")} <= found
    assert ("OECD", "MEMBER_OF", "G20") not in found


def test_names_listed_in_a_participants_section_take_part_in_the_article_event(extractor) -> None:
    found = triples(extract(extractor, READOUT))
    assert {(n, "PARTICIPATES_IN", "Quantum Governance Summit") for n in ("Brazil", "OECD", "UNESCO")} <= found


def test_a_numbered_heading_ends_the_participants_section(extractor) -> None:
    found = triples(extract(extractor, READOUT))
    assert not {t for t in found if t[0] in {"Canada", "Mexico", "Chile"}}


def test_convening_at_a_place_for_an_event_makes_the_place_host_and_the_subjects_take_part(extractor) -> None:
    found = triples(extract(extractor, "Rishi Sunak and Kamala Harris met in Paris for the AI Action Summit."))
    assert {("Paris", "HOSTS", "AI Action Summit"), ("Rishi Sunak", "PARTICIPATES_IN", "AI Action Summit"),
            ("Kamala Harris", "PARTICIPATES_IN", "AI Action Summit")} <= found


def test_a_hedged_gathering_states_nothing(extractor) -> None:
    assert not triples(extract(extractor, "Ministers may meet at Bletchley Park for the AI Safety Summit."))


def test_a_legislature_approving_an_act_enacts_it(extractor) -> None:
    assert ("European Parliament", "ENACTS", "EU AI Act") in triples(extract(extractor, "The European Parliament approved the AI Act in March 2024."))


@pytest.mark.parametrize("text", [
    "Kamala Harris delivered a speech at the AI Safety Summit.",
    "Speaking at the AI Safety Summit, Kamala Harris criticised the plan.",
])
def test_acting_at_an_event_is_taking_part_in_it(extractor, text: str) -> None:
    assert ("Kamala Harris", "PARTICIPATES_IN", "AI Safety Summit 2023") in triples(extract(extractor, text))


@pytest.mark.parametrize("text", ["Nvidia did not exhibit at the AI Action Summit.", "Sam Altman may speak at the AI Action Summit."])
def test_negated_or_hedged_presence_at_an_event_is_not_participation(extractor, text: str) -> None:
    assert not {t for t in triples(extract(extractor, text)) if t[1] == "PARTICIPATES_IN"}


# -- titles, qualifiers and whom a title serves --------------------------------

def test_a_minister_named_with_a_country_works_for_its_government_and_does_not_lead_it(extractor) -> None:
    ex = extract(extractor, "The accord was signed by French Digital Minister Camille Durand in Lyon.")
    assert ("Camille Durand", "WORKS_FOR", "France") in triples(ex)
    assert ("Camille Durand", "LEADS", "France") not in triples(ex)


def test_a_head_of_government_named_with_a_country_leads_it(extractor) -> None:
    ex = extract(extractor, "The accord was welcomed by French President Emmanuel Macron in Lyon.")
    assert ("Emmanuel Macron", "LEADS", "France") in triples(ex)


def test_a_bare_president_leads_the_body_the_kb_says_when_the_article_names_it(extractor) -> None:
    ex = extract(extractor, "President Ursula von der Leyen spoke in Oslo. The European Commission will publish a plan.")
    assert ("Ursula von der Leyen", "LEADS", "European Commission") in triples(ex)
    assert not {t for t in triples(ex) if t[1] == "LEADS" and t[2] == "European Union"}


def test_an_adjective_that_is_part_of_a_bodys_name_is_not_a_state_qualifier(extractor) -> None:
    ex = extract(extractor, "The European Parliament voted on the plan in Strasbourg.")
    assert "European Union" not in names(ex).values()
    assert not {t for t in triples(ex) if t[1] == "PART_OF"}


def test_a_state_opening_an_agency_name_makes_the_agency_part_of_it(extractor) -> None:
    ex = extract(extractor, "The UK Office for Ocean Robotics opened an office.")
    assert ("Office for Ocean Robotics", "PART_OF", "United Kingdom") in triples(ex)


def test_a_ministers_portfolio_is_not_a_body_and_the_minister_serves_the_state(extractor) -> None:
    ex = extract(extractor, "Talks were co-chaired by Korean Minister of Science and ICT Kim Seo-yeon in Busan.")
    assert {"Science", "ICT", "Ict"}.isdisjoint(names(ex).values())
    assert ("Kim Seo-yeon", "WORKS_FOR", "South Korea") in triples(ex)


# -- pacts, seats and units, administrations' policies ----------------------------

def test_states_signing_a_memorandum_together_are_partners(extractor) -> None:
    ex = extract(extractor, "Canada and Japan have signed a Memorandum of Understanding on robot safety.")
    assert ("Canada", "PARTNERS_WITH", "Japan") in triples(ex) or ("Japan", "PARTNERS_WITH", "Canada") in triples(ex)


def test_in_collaboration_with_set_off_beside_the_subject_is_a_partnership(extractor) -> None:
    ex = extract(extractor, "The Department of Energy, in collaboration with the Department of Defense, opened a test lab.")
    pairs = {(a, b) for a, r, b in triples(ex) if r == "PARTNERS_WITH"}
    assert pairs & {("US Department of Energy", "US Department of Defense"), ("US Department of Defense", "US Department of Energy")}


def test_a_body_within_another_is_part_of_it(extractor) -> None:
    ex = extract(extractor, "The Robotics Standards Office within the Department of Energy will publish tests.")
    assert ("Robotics Standards Office", "PART_OF", "US Department of Energy") in triples(ex)


def test_an_organisation_in_a_city_is_based_there_but_a_firm_in_a_country_is_not(extractor) -> None:
    ex = extract(extractor, "Scientists at CERN in Geneva met engineers from Nvidia in Germany.")
    assert ("CERN", "BASED_IN", "Geneva") in triples(ex)
    assert ("Nvidia", "BASED_IN", "Germany") not in triples(ex)


def test_a_policy_possessed_by_an_administration_is_enacted_by_its_leader(extractor) -> None:
    ex = extract(extractor, "Officials praised the Obama Administration’s Robot Export Rule.")
    assert ("Barack Obama", "ENACTS", "Robot Export Rule") in triples(ex)


def test_initiating_a_rescission_revokes(extractor) -> None:
    ex = extract(extractor, "The Department of Energy initiated a rescission of the Robot Export Rule.")
    assert ("US Department of Energy", "REVOKES", "Robot Export Rule") in triples(ex)


def test_a_copular_x_based_description_places_the_subject(extractor) -> None:
    ex = extract(extractor, "Lumina Robotics builds arms and is the largest U.K.-based maker of robot grippers.")
    assert ("Lumina Robotics", "BASED_IN", "United Kingdom") in triples(ex)


def test_a_hyphen_after_an_abbreviation_splits_the_state_off(extractor) -> None:
    ex = extract(extractor, "Negotiators discussed U.S.-China chip trade in Geneva.")
    assert {"United States", "China"} <= set(names(ex).values())


def test_a_memorandum_signed_to_provide_funding_is_the_public_sides_investment(extractor) -> None:
    ex = extract(extractor, "The Department of Energy and Intel signed a memorandum of terms to provide $90 million in funding.")
    assert ("US Department of Energy", "INVESTS_IN", "Intel") in triples(ex)
    assert not {t for t in triples(ex) if t[1] == "PARTNERS_WITH"}


def test_memory_and_chip_technology_acronyms_are_not_firms(extractor) -> None:
    ex = extract(extractor, "Lumina Robotics leads in DRAM and NAND technology.")
    assert {"DRAM", "NAND"}.isdisjoint(names(ex).values())


def test_a_speakers_message_at_an_event_is_taking_part_in_it(extractor) -> None:
    ex = extract(extractor, "It was the message of Prime Minister Keir Starmer at the AI Action Summit on Monday.")
    assert ("Keir Starmer", "PARTICIPATES_IN", "AI Action Summit") in triples(ex)


def test_a_possessed_speech_at_an_event_is_taking_part_in_it(extractor) -> None:
    ex = extract(extractor, "Critics welcomed Keir Starmer's speech at the AI Action Summit.")
    assert ("Keir Starmer", "PARTICIPATES_IN", "AI Action Summit") in triples(ex)


def test_a_long_name_split_at_a_preposition_is_joined_again(extractor) -> None:
    ex = extract(extractor, "Officials praised the Joint Declaration on Responsible Civil Use of Robotic Systems and Autonomy last week.")
    assert "Joint Declaration on Responsible Civil Use of Robotic Systems and Autonomy" in names(ex).values()


def test_a_regulator_issuing_orders_to_firms_regulates_them(extractor) -> None:
    ex = extract(extractor, "The FTC issued compulsory orders to Nvidia and Meta on Tuesday.")
    assert {("Federal Trade Commission", "REGULATES", "Nvidia"), ("Federal Trade Commission", "REGULATES", "Meta")} <= triples(ex)


def test_orders_sent_without_an_agent_come_from_the_agency_just_named(extractor) -> None:
    ex = extract(extractor, "The SEC opened a review of chip sales. Subpoenas were sent to Nvidia and AMD.")
    assert ("Securities and Exchange Commission", "REGULATES", "Nvidia") in triples(ex)


def test_orders_between_firms_or_hedged_orders_regulate_nothing(extractor) -> None:
    assert not extract(extractor, "Nvidia sent orders to TSMC last week.").relations
    assert not [r for r in extract(extractor, "The FTC may issue orders to Nvidia.").relations if r.type == "REGULATES"]


def test_a_colon_list_of_pairs_after_deals_is_one_deal_per_pair(extractor) -> None:
    ex = extract(extractor, "Regulators studied two investments: Nvidia and Mistral AI, and Meta and Scale AI.")
    assert {("Nvidia", "INVESTS_IN", "Mistral AI"), ("Meta", "INVESTS_IN", "Scale AI")} <= triples(ex)


def test_a_single_pair_after_a_colon_is_an_ordinary_list(extractor) -> None:
    ex = extract(extractor, "Regulators studied the investments: Nvidia and Mistral AI.")
    assert not [r for r in ex.relations if r.type == "INVESTS_IN"]


def test_a_plural_name_after_coordinated_states_names_one_known_body_per_state(extractor) -> None:
    ex = extract(extractor, "The U.S. and UK AI Safety Institutes will test new robots together.")
    assert {"US AI Safety Institute", "UK AI Security Institute"} <= set(names(ex).values())
    assert {("US AI Safety Institute", "PART_OF", "United States"), ("UK AI Security Institute", "PART_OF", "United Kingdom")} <= triples(ex)


def test_a_plural_after_coordinated_states_that_names_no_known_body_is_left_alone(extractor) -> None:
    ex = extract(extractor, "The U.S. and UK Robot Councils will meet.")
    assert not [e for e in ex.entities if e.name in {"US Robot Council", "UK Robot Council"}]


def test_opening_the_event_named_before_is_taking_part_in_it(extractor) -> None:
    ex = extract(extractor, "The Robot Safety Summit starts in Oslo today. Keir Starmer will open the event with a speech.")
    assert ("Keir Starmer", "PARTICIPATES_IN", "Robot Safety Summit") in triples(ex)


def test_bringing_an_event_to_a_close_is_taking_part_in_it(extractor) -> None:
    ex = extract(extractor, "Keir Starmer brought the Robot Safety Summit to a close on Friday.")
    assert ("Keir Starmer", "PARTICIPATES_IN", "Robot Safety Summit") in triples(ex)


def test_an_administrations_policy_is_its_leaders_even_when_the_government_is_named(extractor) -> None:
    ex = extract(extractor, "The United States changed course. Officials criticised the Obama Administration’s Robot Export Rule.")
    assert ("Barack Obama", "ENACTS", "Robot Export Rule") in triples(ex)
    assert ("United States", "ENACTS", "Robot Export Rule") not in triples(ex)


def test_a_plural_class_noun_followed_by_names_stands_for_all_of_them(extractor) -> None:
    ex = extract(extractor, "BIS lifted restrictions on Japanese companies Sony, Fujitsu (FJ), and NEC last week.")
    t = triples(ex)
    assert {("Sony", "BASED_IN", "Japan"), ("Fujitsu", "BASED_IN", "Japan"), ("NEC", "BASED_IN", "Japan")} <= t
    assert {("Bureau of Industry and Security", "LIFTS_RESTRICTIONS_ON", f) for f in ("Sony", "Fujitsu", "NEC")} <= t
    assert ("Bureau of Industry and Security", "LIFTS_RESTRICTIONS_ON", "Japan") not in t


def test_additions_to_a_list_such_as_firms_are_restricted_by_its_keeper(extractor) -> None:
    ex = extract(extractor, "BIS updated its rules. “The additions to the Entity List, such as Zenith Robotics Limited and Nova Drone Limited, matter,” he said.")
    assert {("Bureau of Industry and Security", "RESTRICTS", "Zenith Robotics Limited"),
            ("Bureau of Industry and Security", "RESTRICTS", "Nova Drone Limited")} <= triples(ex)


def test_additions_under_a_destination_include_firms_based_there(extractor) -> None:
    ex = extract(extractor, "BIS updated the Entity List. The additions under the destination of Russia include Zenith Robotics Limited and Nova Drone Limited.")
    t = triples(ex)
    assert {("Zenith Robotics Limited", "BASED_IN", "Russia"), ("Nova Drone Limited", "BASED_IN", "Russia")} <= t
    assert ("Bureau of Industry and Security", "RESTRICTS", "Nova Drone Limited") in t


def test_a_models_name_followed_by_a_legal_form_is_a_new_firm(extractor) -> None:
    ex = extract(extractor, "Regulators fined Nova Drone Limited last week.")
    assert types(ex).get("Nova Drone Limited") == "Firm"


def test_a_middle_initial_marks_a_persons_name_after_a_long_title(extractor) -> None:
    ex = extract(extractor, "“We act,” said Assistant Secretary of Commerce for Export Administration Maria T. Okafor Lindqvist.")
    assert types(ex).get("Maria T. Okafor Lindqvist") == "Person"
    assert ("Maria T. Okafor Lindqvist", "WORKS_FOR", "US Department of Commerce") in triples(ex)
    assert "Assistant Secretary of Commerce for Export Administration" not in names(ex).values()


def test_a_deputy_secretary_works_for_the_department_the_secretary_leads(extractor) -> None:
    ex = extract(extractor, "Deputy Secretary of Commerce Paul Okonkwo spoke in Ohio.")
    assert ("Paul Okonkwo", "WORKS_FOR", "US Department of Commerce") in triples(ex)
    assert ("Paul Okonkwo", "LEADS", "US Department of Commerce") not in triples(ex)


def test_an_unknown_name_opening_with_a_given_name_is_a_person(extractor) -> None:
    ex = extract(extractor, "The lab was built with help from Bertrand Okonjo and researchers in Lyon.")
    assert types(ex).get("Bertrand Okonjo") in {"Person", None}
    assert "Bertrand Okonjo" not in {e.name for e in ex.entities if e.type != "Person"}


def test_a_hyphenated_lower_case_verb_makes_a_sentence_running_text(extractor) -> None:
    ex = extract(extractor, "In June 2021, Mensch co-founded Mistral AI with Guillaume Perrin and Sofia Marchetti.")
    assert ("Guillaume Perrin", "FOUNDED", "Mistral AI") in triples(ex)


def test_given_names_ship_with_the_package() -> None:
    from graphkit.ingest.lexicon import GIVEN_NAMES

    assert {"guillaume", "bertrand", "gina"} <= GIVEN_NAMES and "google" not in GIVEN_NAMES


def test_a_given_name_before_a_bodys_head_word_is_not_a_person(extractor) -> None:
    ex = extract(extractor, "Researchers from the Jordan Robotics Institute met officials in Oslo.")
    assert not [e for e in ex.entities if e.type == "Person"]


def test_a_place_right_after_a_body_named_in_an_of_phrase_is_its_seat(extractor) -> None:
    ex = extract(extractor, "The plan copies the working model of the CERN in Geneva for robots.")
    assert ("CERN", "BASED_IN", "Geneva") in triples(ex)


def test_a_name_opening_with_two_hyphenated_states_keeps_them_and_both_take_part(extractor) -> None:
    ex = extract(extractor, "Officials met under the U.S.-India Robotics Dialogue in Delhi.")
    assert "U.S.-India Robotics Dialogue" in names(ex).values()
    assert {("United States", "PARTICIPATES_IN", "U.S.-India Robotics Dialogue"),
            ("India", "PARTICIPATES_IN", "U.S.-India Robotics Dialogue")} <= triples(ex)


def test_states_reaffirming_a_bilateral_relationship_are_partners(extractor) -> None:
    ex = extract(extractor, "Canada and Japan reaffirm their commitment to a close bilateral relationship on robotics.")
    pairs = {(a, b) for a, r, b in triples(ex) if r == "PARTNERS_WITH"}
    assert pairs & {("Canada", "Japan"), ("Japan", "Canada")}


def test_a_hedged_bilateral_tie_is_no_partnership(extractor) -> None:
    ex = extract(extractor, "Canada and Japan may deepen their strategic partnership.")
    assert not [r for r in ex.relations if r.type == "PARTNERS_WITH"]


def test_a_dateline_before_the_subject_is_not_the_subject(extractor) -> None:
    ex = extract(extractor, "OSLO, Norway – Canada and Japan reaffirm their strong bilateral relationship.")
    pairs = {(a, b) for a, r, b in triples(ex) if r == "PARTNERS_WITH"}
    assert pairs & {("Canada", "Japan"), ("Japan", "Canada")}


def test_reaching_a_memorandum_to_provide_funding_is_an_investment(extractor) -> None:
    ex = extract(extractor, "The Department of Energy and Intel have reached a memorandum of terms to provide $40 million in funding.")
    assert ("US Department of Energy", "INVESTS_IN", "Intel") in triples(ex)


def test_a_vice_president_with_no_body_named_serves_the_government(extractor) -> None:
    ex = extract(extractor, "The United States thanked President Biden and Vice President Harris for the award.")
    assert ("Kamala Harris", "WORKS_FOR", "United States") in triples(ex) or ("Harris", "WORKS_FOR", "United States") in triples(ex)


def test_a_persons_own_event_is_one_they_take_part_in(extractor) -> None:
    ex = extract(extractor, "As President Biden said in his State of the Union, chips matter.")
    assert ("Joe Biden", "PARTICIPATES_IN", "State of the Union") in triples(ex)


def test_a_state_before_an_office_title_does_not_make_the_department_part_of_it(extractor) -> None:
    ex = extract(extractor, "U.S. Secretary of Energy Rick Perry met engineers in Ohio.")
    assert ("US Department of Energy", "PART_OF", "United States") not in triples(ex)
    assert ("Rick Perry", "LEADS", "US Department of Energy") in triples(ex)


def test_also_known_as_makes_the_second_name_an_alias_of_the_first(extractor) -> None:
    ex = extract(extractor, "Prosecutors charged Wei Zhang, also known as Victor Zhang, in Boston. Google had hired Zhang in 2020.")
    people = [e for e in ex.entities if e.type == "Person"]
    assert len(people) == 1 and "Victor Zhang" in people[0].aliases
    assert ("Wei Zhang", "WORKS_FOR", "Google") in triples(ex)


def test_cloud_units_are_known_firms_of_their_parents(extractor) -> None:
    ex = extract(extractor, "The files were copied to a personal Google Cloud account.")
    assert types(ex).get("Google Cloud") == "Firm"


def test_a_town_before_a_region_is_a_place(extractor) -> None:
    ex = extract(extractor, "The plants will rise in Malta, New York, and Lehi, Utah, next year.")
    t = types(ex)
    assert t.get("Lehi") == "Location" and t.get("Malta") in {"Location", "Government"}


def test_a_long_title_before_a_capitalised_surname_is_still_a_title(extractor) -> None:
    ex = extract(extractor, "Attending were Minister of State for Economic and Fiscal Policy TANAKA and others.")
    assert types(ex).get("Tanaka") == "Person"


@pytest.mark.parametrize("text", ["Ministers met at Whitehall on Monday.", "The Chancellor welcomed investors to Downing Street."])
def test_a_governments_metonym_used_as_a_place_is_a_place(extractor, text: str) -> None:
    assert "Location" in types(extract(extractor, text)).values()


def test_a_governments_metonym_as_a_speaker_is_the_government(extractor) -> None:
    assert "United Kingdom" in names(extract(extractor, "Downing Street said the talks went well.")).values()


def test_a_number_after_a_directive_ends_its_name(extractor) -> None:
    ex = extract(extractor, "The rule extends the Department of Energy Directive 4100.12 on robots.")
    assert "Department of Energy Directive 4100.12" in names(ex).values()


@pytest.mark.parametrize("text", ["Both sides signed an MOU in Oslo.", "The notice will appear in the Federal Register soon.",
                                  "Said Chief Digital and AI Officer Dr. Maria Lopez on Monday."])
def test_acronyms_of_documents_and_office_words_are_not_firms(extractor, text: str) -> None:
    assert "Firm" not in types(extract(extractor, text)).values()


def test_officials_listed_after_a_colon_attend_and_serve_the_state_they_came_from(extractor) -> None:
    ex = extract(extractor, "The Robot Safety Summit opened in Oslo. The following officials attended the summit from Canada: "
                            "Minister of Industry Jean Tremblay, Minister of Defence Marie Gagnon, and others.")
    t = triples(ex)
    for person in ("Jean Tremblay", "Marie Gagnon"):
        assert (person, "PARTICIPATES_IN", "Robot Safety Summit") in t
        assert (person, "WORKS_FOR", "Canada") in t


def test_in_a_list_of_titled_names_a_title_after_a_comma_is_the_next_names(extractor) -> None:
    ex = extract(extractor, "Attending were Prime Minister Justin Trudeau, Minister for Internal Affairs and Communications Sato Ken, and others.")
    assert ("Justin Trudeau", "LEADS", "Ministry of Internal Affairs and Communications") not in triples(ex)


def test_a_meeting_of_an_event_held_in_a_city_is_hosted_there(extractor) -> None:
    ex = extract(extractor, "A meeting of the OECD Council at Ministerial Level was held over two days in Paris.")
    assert ("Paris", "HOSTS", "OECD Ministerial Council Meeting") in triples(ex)


def test_the_last_word_of_a_title_is_not_part_of_the_name_after_it(extractor) -> None:
    ex = extract(extractor, "Minister for Internal Affairs and Communications Tanaka chaired the session.")
    assert "Communications Tanaka" not in names(ex).values()


def test_funding_to_a_firm_on_the_moneys_noun_is_an_investment(extractor) -> None:
    ex = extract(extractor, "The Department of Energy will provide an award of up to $40 million in direct funding to Intel.")
    assert ("US Department of Energy", "INVESTS_IN", "Intel") in triples(ex)


def test_states_sharing_a_commitment_to_cooperation_are_partners(extractor) -> None:
    ex = extract(extractor, "Canada and Japan share a commitment to advancing peaceful robotics cooperation.")
    pairs = {(a, b) for a, r, b in triples(ex) if r == "PARTNERS_WITH"}
    assert pairs & {("Canada", "Japan"), ("Japan", "Canada")}


def test_an_apposition_after_a_bracketed_acronym_describes_the_name_before_it(extractor) -> None:
    ex = extract(extractor, "Experts from the Robotics Standards Office (RSO), the UK’s national robot authority, joined.")
    assert ("Robotics Standards Office", "PART_OF", "United Kingdom") in triples(ex)


# -- rules from the x01–x11 misses (2026-11-28, fourth session) ---------------------

def test_a_country_the_kb_does_not_know_is_still_a_government(extractor) -> None:
    ex = extract(extractor, "Delegations from Mozambique and Paraguay signed the charter.")
    t = types(ex)
    assert t.get("Mozambique") == "Government" and t.get("Paraguay") == "Government"


def test_the_commission_in_an_eu_text_is_the_european_commission(extractor) -> None:
    ex = extract(extractor, "The EU welcomed the plan. The Commission said the rules apply from June.")
    assert "European Commission" in names(ex).values()


def test_the_commission_refers_to_the_one_commission_the_article_names(extractor) -> None:
    ex = extract(extractor, "The Federal Trade Commission opened a review. The Commission said Acme must answer.")
    assert "European Commission" not in names(ex).values()


def test_the_commission_outside_an_eu_text_links_nothing(extractor) -> None:
    ex = extract(extractor, "The Commission said it would publish its findings in May.")
    assert "European Commission" not in names(ex).values()


def test_a_body_name_goes_on_past_and(extractor) -> None:
    ex = extract(extractor, "The ministry created a Bureau of Marine Robotics and Oceanography to study drones.")
    assert "Bureau of Marine Robotics and Oceanography" in names(ex).values()


def test_a_body_name_does_not_swallow_a_known_firm_after_and(extractor) -> None:
    ex = extract(extractor, "The Office of Robotics Policy and Google signed a memorandum.")
    assert "Google" in names(ex).values()


def test_a_quoted_title_after_a_rule_noun_is_a_policy(extractor) -> None:
    ex = extract(extractor, 'The agency released an interim final rule, "Controls on Quantum Sensing Items and Related Software," last week.')
    assert types(ex).get("Controls on Quantum Sensing Items and Related Software") == "Policy"


def test_a_quoted_title_with_a_short_name_in_brackets_is_a_policy(extractor) -> None:
    ex = extract(extractor, 'It revised "Export Controls on Robotic Assembly Equipment" (RAE IFR) in May.')
    assert types(ex).get("Export Controls on Robotic Assembly Equipment") == "Policy"


def test_a_quoted_remark_is_not_a_policy(extractor) -> None:
    ex = extract(extractor, 'The minister said the order was "a Big Step For Everyone Here" at the launch.')
    assert "Policy" not in {e.type for e in ex.entities if "Everyone" in e.name}


def test_a_unit_established_within_a_body_is_part_of_it(extractor) -> None:
    ex = extract(extractor, "The agency unveiled the Drone Safety Office, established within the Federal Aviation Administration.")
    assert any(a == "Drone Safety Office" and r == "PART_OF" for a, r, b in triples(ex))


def test_a_body_that_establishes_a_unit_is_not_part_of_it(extractor) -> None:
    ex = extract(extractor, "The State Department established the Office of Ocean Robotics within the Department of Energy.")
    assert ("US Department of State", "PART_OF", "US Department of Energy") not in triples(ex)


def test_housed_under_a_body_is_part_of_it(extractor) -> None:
    ex = extract(extractor, "The Quantum Testing Center, housed under NIST, opened a new lab.")
    assert ("Quantum Testing Center", "PART_OF", "National Institute of Standards and Technology") in triples(ex)


def test_head_of_a_body_before_a_name_leads_it(extractor) -> None:
    ex = extract(extractor, "The panel featured Head of the Bureau of Ocean Robotics Dr. Priya Raman and others.")
    assert ("Priya Raman", "LEADS", "Bureau of Ocean Robotics") in triples(ex)


def test_an_ambassador_to_a_state_serves_the_state_that_sends_her(extractor) -> None:
    ex = extract(extractor, "The talks were opened by U.S. Ambassador to Japan Maria Lopez on Monday.")
    t = triples(ex)
    assert ("Maria Lopez", "WORKS_FOR", "United States") in t and ("Maria Lopez", "WORKS_FOR", "Japan") not in t


def test_an_honorific_between_title_and_name_keeps_the_title(extractor) -> None:
    ex = extract(extractor, "The keynote came from Nvidia CEO Dr. Jensen Huang in Taipei.")
    assert ("Jensen Huang", "LEADS", "Nvidia") in triples(ex)


def test_a_shared_title_leads_the_one_body_the_article_names(extractor) -> None:
    ex = extract(extractor, "Secretary of State Anne Carter spoke at the State Department on Tuesday.")
    assert ("Anne Carter", "LEADS", "US Department of State") in triples(ex)


def test_a_shared_title_leads_nothing_the_article_does_not_name(extractor) -> None:
    ex = extract(extractor, "Secretary of State Anne Carter spoke in Leeds on Tuesday.")
    assert "US Department of State" not in names(ex).values()


def test_a_state_before_a_kb_title_is_served_too(extractor) -> None:
    ex = extract(extractor, "U.S. Secretary of Commerce Anne Carter announced the consortium.")
    t = triples(ex)
    assert ("Anne Carter", "LEADS", "US Department of Commerce") in t and ("Anne Carter", "WORKS_FOR", "United States") in t


def test_an_em_dash_after_an_abbreviation_splits_the_dateline(extractor) -> None:
    ex = extract(extractor, "Washington, D.C.—The Department of Commerce's Bureau of Industry and Security issued new rules.")
    assert ("Bureau of Industry and Security", "PART_OF", "US Department of Commerce") in triples(ex)


def test_an_unnumbered_executive_order_is_the_one_the_article_numbers(extractor) -> None:
    ex = extract(extractor, "The President revoked Executive Order 14110 today. He called Joe Biden's Executive Order a burden.")
    assert ("Joe Biden", "ENACTS", "Executive Order 14110") in triples(ex)


def test_an_unnumbered_executive_order_links_nothing_when_the_article_numbers_two(extractor) -> None:
    ex = extract(extractor, "Executive Order 14110 and Executive Order 14179 differ. Joe Biden's Executive Order came first.")
    assert not any(a == "Joe Biden" and r == "ENACTS" for a, r, b in triples(ex))


def test_a_fronted_housed_clause_places_the_main_subject(extractor) -> None:
    ex = extract(extractor, "Housed under NIST, the Quantum Testing Consortium will bring together 200 members.")
    assert ("Quantum Testing Consortium", "PART_OF", "National Institute of Standards and Technology") in triples(ex)


def test_a_person_joining_another_person_is_not_a_partnership(extractor) -> None:
    ex = extract(extractor, "Secretary Anne Carter will join Chief Data Officer Tom Reyes for a conversation on AI.")
    assert not any(r == "PARTNERS_WITH" for a, r, b in triples(ex))


def test_agents_of_a_participle_are_not_its_objects(extractor) -> None:
    ex = extract(extractor, "The UK forum will open with a session co-chaired by Prime Minister Anne Carter and Republic of Korea President Min Park.")
    assert ("Anne Carter", "LEADS", "South Korea") not in triples(ex)


def test_a_bulleted_list_after_composed_of_names_the_parts_of_the_subject(extractor) -> None:
    text = ("The Robotics Authority was set up in March.\n\nThe Robotics Authority is composed of:\n\n"
            "  • Drone Licensing Unit that issues permits;\n  • Marine Robotics Unit that inspects vessels.\n\n"
            "Its budget is small.")
    t = triples(extract(extractor, text))
    assert ("Drone Licensing Unit", "PART_OF", "Robotics Authority") in t
    assert ("Marine Robotics Unit", "PART_OF", "Robotics Authority") in t


def test_a_bulleted_list_ends_at_the_first_line_without_a_bullet(extractor) -> None:
    text = ("The Robotics Authority is composed of:\n\n  • Drone Licensing Unit that issues permits.\n\n"
            "Harbour Safety Unit staff were not consulted.")
    assert ("Harbour Safety Unit", "PART_OF", "Robotics Authority") not in triples(extract(extractor, text))


def test_a_unit_named_by_its_function_is_an_agency(extractor) -> None:
    ex = extract(extractor, "The new Drone Licensing Unit issues permits to operators.")
    assert types(ex).get("Drone Licensing Unit") == "Agency"


def test_a_definite_description_prefers_the_body_whose_name_has_the_word(extractor) -> None:
    ex = extract(extractor, "The Commission has unveiled the Robotics Office. The Office will enforce the rules.")
    [office] = [e for e in ex.entities if e.name.endswith("Robotics Office")]
    assert len(office.mentions) == 2


def test_an_executive_order_with_an_indefinite_article_is_a_new_one(extractor) -> None:
    ex = extract(extractor, "Joe Biden signed Executive Order 14110 in 2023. Today President Donald Trump signed an Executive Order on robotics.")
    assert ("Donald Trump", "ENACTS", "Executive Order 14110") not in triples(ex)


def test_a_states_body_called_by_the_tail_of_its_name_is_the_known_body(extractor) -> None:
    ex = extract(extractor, "The talks joined the U.S. AI Safety Institute and the UK’s Safety Institute for a week.")
    assert "UK AI Security Institute" in names(ex).values()


def test_a_body_named_by_a_list_of_portfolios_is_one_agency(extractor) -> None:
    ex = extract(extractor, "The Oceans, Fisheries, and Robotics Bureau leads the ministry's work on drones.")
    assert types(ex).get("Oceans, Fisheries, and Robotics Bureau") == "Agency"


def test_a_list_of_states_before_a_head_word_is_not_a_body(extractor) -> None:
    ex = extract(extractor, "Envoys from the France, Germany, and Italy Bureau desks met in Rome.")
    assert not any("Germany" in n and "Bureau" in n for n in names(ex).values())


def test_a_quoted_title_that_ends_a_known_policys_name_is_that_policy(extractor) -> None:
    ex = extract(extractor, 'Last year the President signed the Executive Order (EO) on "Safe, Secure, and Trustworthy Development and Use of Artificial Intelligence."')
    assert "Executive Order 14110" in names(ex).values() and "EO" not in names(ex).values()


def test_abstract_nouns_are_not_a_company(extractor) -> None:
    ex = extract(extractor, "Grants went out under the Regional Funding Opportunity last year and Diplomacy was discussed.")
    assert "Firm" not in {e.type for e in ex.entities if "Opportunity" in e.name or e.name == "Diplomacy"}


def test_an_office_holders_title_is_not_a_company(extractor) -> None:
    ex = extract(extractor, "The Deputy National Security Advisor met the Digital Ministers in Seoul.")
    assert not any(e.type == "Firm" for e in ex.entities)


def test_one_capitalised_word_after_an_article_is_not_a_company(extractor) -> None:
    ex = extract(extractor, "In an Annex to the Order, the President listed three countries.")
    assert not any(e.type == "Firm" for e in ex.entities)


def test_a_one_word_person_before_a_state_is_a_town(extractor) -> None:
    ex = extract(extractor, "The new plant in Taylor, Texas, will employ 2,000 people.")
    assert types(ex).get("Taylor") == "Location"


def test_restricting_a_states_ability_restricts_the_state(extractor) -> None:
    ex = extract(extractor, "The Bureau of Industry and Security issued new rules to restrict Russia's ability to buy advanced chips.")
    assert ("Bureau of Industry and Security", "RESTRICTS", "Russia") in triples(ex)


def test_unnamed_measures_restrict_on_behalf_of_the_body_that_issued_them(extractor) -> None:
    ex = extract(extractor, "The Bureau of Industry and Security published two rules today. These updates will restrict Russia's access to lasers.")
    assert ("Bureau of Industry and Security", "RESTRICTS", "Russia") in triples(ex)


def test_a_plant_in_a_capital_is_in_the_city(extractor) -> None:
    ex = extract(extractor, "The chipmaker later opened a second plant in Beijing and a research lab in Tokyo.")
    assert types(ex).get("Beijing") == "Location"


def test_a_group_named_for_an_industry_is_a_company(extractor) -> None:
    ex = extract(extractor, "Kestrel Telecom Group signed the contract on Monday.")
    assert types(ex).get("Kestrel Telecom Group") == "Firm"


def test_a_states_name_opening_an_investment_fund_is_a_company(extractor) -> None:
    ex = extract(extractor, "The Japan National Robotics Investment Fund led the round.")
    assert types(ex).get("Japan National Robotics Investment Fund") == "Firm"


def test_shareholders_of_a_company_invest_in_it(extractor) -> None:
    ex = extract(extractor, "Kestrel Telecom Group and SoftBank are major shareholders of Arm.")
    assert ("SoftBank", "INVESTS_IN", "Arm") in triples(ex)


def test_customers_of_the_company_an_article_is_about_are_supplied_by_it(extractor) -> None:
    ex = extract(extractor, "TSMC is a chipmaker. TSMC makes wafers. Notable customers include Apple and AMD.")
    t = triples(ex)
    assert ("TSMC", "SUPPLIES", "Apple") in t and ("TSMC", "SUPPLIES", "AMD") in t


def test_a_company_described_with_a_demonym_is_based_in_that_state(extractor) -> None:
    ex = extract(extractor, "Kestrel Robotics is a privately held Norwegian drone company.")
    assert ("Kestrel Robotics", "BASED_IN", "Norway") in triples(ex)


def test_a_person_who_was_at_a_body_worked_for_it(extractor) -> None:
    ex = extract(extractor, "We thank Maria Velasquez, who I met when she was at the Commerce Department.")
    assert ("Maria Velasquez", "WORKS_FOR", "US Department of Commerce") in triples(ex)


def test_a_presidents_possessive_order_is_enacted_by_the_president(extractor) -> None:
    ex = extract(extractor, "President Biden's AI Executive Order brings new duties for developers.")
    assert ("Joe Biden", "ENACTS", "Executive Order 14110") in triples(ex)


def test_a_countrys_name_that_is_a_given_name_before_a_surname_is_a_person(extractor) -> None:
    ex = extract(extractor, "Thanks go to Tom Reyes, Georgia Adamson and the rest of the team.")
    assert types(ex).get("Georgia Adamson") == "Person"


def test_buying_a_firms_plant_is_not_acquiring_the_firm(extractor) -> None:
    ex = extract(extractor, "Kestrel Robotics built a plant in Oslo and acquired a Motorola plant in Bergen.")
    assert not any(r == "ACQUIRES" for a, r, b in triples(ex))


def test_a_capitalised_adjective_before_a_common_noun_is_not_a_company(extractor) -> None:
    ex = extract(extractor, "The declaration covers areas such as Lethal autonomous weapons and targeting.")
    assert not any(e.type == "Firm" for e in ex.entities)


def test_a_short_name_ending_in_a_rule_acronym_is_a_policy(extractor) -> None:
    ex = extract(extractor, "The October 7 IFR and the AC/S IFR tightened controls.")
    assert types(ex).get("AC/S IFR") == "Policy"


def test_a_deputy_director_after_a_comma_serves_the_office(extractor) -> None:
    ex = extract(extractor, '"We are ready," said Anne Carter, Principal Deputy Director of the Office of Science and Technology Policy.')
    t = triples(ex)
    assert ("Anne Carter", "WORKS_FOR", "Office of Science and Technology Policy") in t
    assert "Principal" not in names(ex).values()


def test_a_co_founder_and_head_of_a_function_at_a_firm_founded_it(extractor) -> None:
    ex = extract(extractor, '"This matters," said Tom Reyes, Co-Founder and Head of Policy at Anthropic.')
    assert ("Tom Reyes", "FOUNDED", "Anthropic") in triples(ex)
    assert not any("Head of Policy" in n for n in names(ex).values())


def test_a_vice_president_of_a_function_at_a_firm_works_for_it(extractor) -> None:
    ex = extract(extractor, "Maria Lopez, Senior Vice President of Policy at Nvidia, testified on Tuesday.")
    assert ("Maria Lopez", "WORKS_FOR", "Nvidia") in triples(ex)


def test_a_participle_on_an_appositive_common_noun_describes_the_name(extractor) -> None:
    ex = extract(extractor, "The fund launched Humain, an AI company chaired by Crown Prince Mohammed bin Salman.")
    assert ("Mohammed bin Salman", "LEADS", "Humain") in triples(ex)


def test_a_states_body_called_without_of_state_is_the_known_body(extractor) -> None:
    ex = extract(extractor, "China's Cyberspace Administration issued new rules on Tuesday.")
    assert "Cyberspace Administration of China" in names(ex).values()


def test_a_regulator_approving_a_model_regulates_it(extractor) -> None:
    ex = extract(extractor, "The Cyberspace Administration of China approved Ernie Bot for public release.")
    assert ("Cyberspace Administration of China", "REGULATES", "Ernie Bot") in triples(ex)


def test_a_parliament_approving_an_act_enacts_it(extractor) -> None:
    ex = extract(extractor, "The European Parliament approved the AI Act in March.")
    t = triples(ex)
    assert ("European Parliament", "ENACTS", "EU AI Act") in t and not any(r == "REGULATES" for a, r, b in t)


def test_a_firms_possessive_before_a_product_class_noun_develops_the_named_product(extractor) -> None:
    ex = extract(extractor, "Huawei's Ascend 910B chips were found in the servers.")
    assert ("Huawei", "DEVELOPS", "Ascend 910B") in triples(ex)


def test_a_states_possessive_firm_is_based_there_not_part_of_it(extractor) -> None:
    ex = extract(extractor, "South Korea's Samsung will supply memory chips to Nvidia.")
    t = triples(ex)
    assert ("Samsung Electronics", "BASED_IN", "South Korea") in t and ("Samsung Electronics", "PART_OF", "South Korea") not in t


def test_an_administration_restricting_acts_as_the_government_its_leader_leads(extractor) -> None:
    ex = extract(extractor, "The United States confirmed that the Biden administration banned exports of the H20.")
    assert ("United States", "RESTRICTS", "H20") in triples(ex)


def test_an_object_pronoun_is_not_the_clauses_own_subject(extractor) -> None:
    ex = extract(extractor, "Kestrel Robotics is a drone maker. Amazon invested $40 million in it.")
    assert ("Amazon", "INVESTS_IN", "Kestrel Robotics") in triples(ex)


def test_a_blocs_leaders_act_for_the_bloc(extractor) -> None:
    ex = extract(extractor, "G7 leaders endorsed the Hiroshima AI Process.")
    assert ("G7", "SUPPORTS", "Hiroshima AI Process") in triples(ex)


def test_a_firms_engineers_are_not_the_firm_acting(extractor) -> None:
    ex = extract(extractor, "Nvidia engineers criticised the AI Diffusion Rule.")
    assert not any(a == "Nvidia" and r == "OPPOSES" for a, r, b in triples(ex))


def test_a_description_can_refer_to_a_name_in_the_subjects_relative_clause(extractor) -> None:
    ex = extract(extractor, "Maria Lopez, who founded Kestrel Robotics in 2019, now leads the company.")
    assert ("Maria Lopez", "LEADS", "Kestrel Robotics") in triples(ex)


def test_a_name_with_its_acronym_before_a_programme_word_is_a_policy(extractor) -> None:
    ex = extract(extractor, "The ministry launched the Robotics for Farms, Forests and Fisheries (RF3) initiative. RF3 funds pilots.")
    policy = [e for e in ex.entities if e.name == "Robotics for Farms, Forests and Fisheries"]
    assert policy and policy[0].type == "Policy" and "RF3" in policy[0].aliases


def test_amending_regulations_enacts_the_change(extractor) -> None:
    ex = extract(extractor, "In this rule, the Bureau of Industry and Security amends the Export Administration Regulations.")
    assert ("Bureau of Industry and Security", "ENACTS", "Export Administration Regulations") in triples(ex)


def test_signing_a_memorandum_of_understanding_with_a_firm_is_a_partnership(extractor) -> None:
    ex = extract(extractor, "The UK AI Security Institute signed a memorandum of understanding with Anthropic on Friday.")
    assert ("UK AI Security Institute", "PARTNERS_WITH", "Anthropic") in triples(ex)


def test_whoever_leads_a_funding_round_invests(extractor) -> None:
    ex = extract(extractor, "Mistral AI raised 600 million euros in a round led by General Catalyst.")
    assert ("General Catalyst", "INVESTS_IN", "Mistral AI") in triples(ex)


def test_a_firm_working_with_another_in_a_city_is_not_based_there(extractor) -> None:
    ex = extract(extractor, "Nvidia will build an AI supercomputer with Deutsche Telekom in Munich.")
    assert not any(r == "BASED_IN" for a, r, b in triples(ex))


def test_a_name_after_a_firm_noun_is_a_firm(extractor) -> None:
    ex = extract(extractor, "Chinese chipmaker Sophgo denied the claims, and the startup Kestrel Robotics agreed.")
    t = types(ex)
    assert t.get("Sophgo") == "Firm" and t.get("Kestrel Robotics") == "Firm"


def test_an_accord_signed_by_two_states_makes_them_partners(extractor) -> None:
    ex = extract(extractor, "The agreement was signed by Japan and the United Kingdom in Tokyo.")
    assert any(r == "PARTNERS_WITH" and {a, b} == {"Japan", "United Kingdom"} for a, r, b in triples(ex))


def test_an_executive_order_cited_by_number_is_a_policy_even_after_a_date(extractor) -> None:
    ex = extract(extractor, "The memo recalls the governor's March 4, 2021, Executive Order 10442, which set up the panel.")
    assert types(ex).get("Executive Order 10442") == "Policy"


def test_a_bare_minister_title_does_not_make_its_holder_lead_a_government(extractor) -> None:
    ex = extract(extractor, "The plan was confirmed by French Digital Minister Anne Roux and Minister Okafor on Tuesday.")
    assert not any(a == "Okafor" and r == "LEADS" for a, r, b in triples(ex))


def test_an_office_is_not_a_persons_name(extractor) -> None:
    ex = extract(extractor, "The White House AI and Robotics Czar spoke.")
    assert "Robotics Czar" not in types(ex)


def test_an_abstract_noun_is_not_a_surname(extractor) -> None:
    ex = extract(extractor, "This memo follows the Governor's January 5, 2022, Executive Order 10442, repeal of the Executive Order "
                            "10001 of March 3, 2020 (Safe, Open, and Trustworthy Development and Use of Robotics), which slowed the sector.")
    assert types(ex).get("Trustworthy Development") != "Person"


def test_an_advisers_brief_after_for_is_not_a_company(extractor) -> None:
    ex = extract(extractor, "The order was drafted by the Assistant to the President for Energy and Technology.")
    assert "Energy and Technology" not in types(ex)


def test_a_clause_the_parser_read_as_a_modifier_still_states_its_object(extractor) -> None:
    ex = extract(extractor, "On May 2, 2024, President Biden signed Executive Order 14100 (Advancing Robotics Safety) to set policy.")
    assert ("Joe Biden", "ENACTS", "Executive Order 14100") in triples(ex)


def test_a_surname_joined_to_a_leaders_by_a_hyphen_is_a_person(extractor) -> None:
    ex = extract(extractor, "Critics attacked the Biden-Harris trade memorandum last week.")
    assert types(ex).get("Kamala Harris") == "Person"


def test_the_leader_named_on_an_order_issued_it(extractor) -> None:
    ex = extract(extractor, "The agency rescinded the Biden-Harris AI Executive Order 14110 in January.")
    t = triples(ex)
    assert ("Joe Biden", "ENACTS", "Executive Order 14110") in t
    assert not any(a == "Kamala Harris" and r == "ENACTS" for a, r, b in t)


def test_a_states_known_body_by_its_acronym_is_part_of_that_state(extractor) -> None:
    ex = extract(extractor, "Researchers from the US AISI visited the lab.")
    assert ("US AI Safety Institute", "PART_OF", "United States") in triples(ex)


def test_a_plural_body_noun_names_a_kind_not_a_body(extractor) -> None:
    ex = extract(extractor, "Kenya and Chile will link their national AI Regulatory Councils next year.")
    assert not any(n.endswith("Councils") for n in types(ex))


def test_a_plural_body_noun_after_two_states_still_names_each_states_body(extractor) -> None:
    ex = extract(extractor, "The U.S. and UK AI Safety Institutes met in London.")
    assert {"US AI Safety Institute", "UK AI Security Institute"} <= set(types(ex))


def test_a_task_force_named_after_its_kind_is_an_agency(extractor) -> None:
    ex = extract(extractor, "The Army set up Task Force Raven to study drone swarms.")
    assert types(ex).get("Task Force Raven") == "Agency"


def test_a_rank_between_a_service_and_a_name_makes_the_person_serve_it(extractor) -> None:
    ex = extract(extractor, "U.S. Army Col. Dana Whitfield will brief the committee.")
    assert ("Dana Whitfield", "WORKS_FOR", "US Army") in triples(ex)


def test_a_post_word_may_sit_between_a_body_and_its_leaders_title(extractor) -> None:
    ex = extract(extractor, "Dana Whitfield, Task Force Raven project director, spoke first.")
    assert ("Dana Whitfield", "LEADS", "Task Force Raven") in triples(ex)


def test_a_post_in_a_bodys_unit_is_in_the_unit(extractor) -> None:
    ex = extract(extractor, "Dana Whitfield, an analyst and member of the CDAO's Digital Services Directorate, spoke first.")
    assert ("Dana Whitfield", "WORKS_FOR", "Digital Services Directorate") in triples(ex)


def test_a_body_an_agency_establishes_is_part_of_it(extractor) -> None:
    ex = extract(extractor, "The Department of Energy has established the Office of Fusion Computing to coordinate research.")
    assert ("Office of Fusion Computing", "PART_OF", "US Department of Energy") in triples(ex)


def test_a_body_set_up_through_an_agency_is_part_of_that_agency(extractor) -> None:
    ex = extract(extractor, "The Department of Commerce, through NIST, will establish the Office of Robot Metrology next year.")
    t = triples(ex)
    assert ("Office of Robot Metrology", "PART_OF", "National Institute of Standards and Technology") in t
    assert ("Office of Robot Metrology", "PART_OF", "US Department of Commerce") not in t


def test_artificial_intelligence_spelled_out_matches_a_known_ai_name(extractor) -> None:
    ex = extract(extractor, "Researchers at the U.S. Artificial Intelligence Safety Institute published a report.")
    assert "US AI Safety Institute" in types(ex)


def test_a_headline_without_a_full_stop_does_not_run_into_the_first_sentence(extractor) -> None:
    ex = extract(extractor, "The Bureau Is at the Helm of a New Robotics Task Force\n\nThe Department of Energy has established "
                            "Task Force Osprey to study drones.")
    assert ("Task Force Osprey", "PART_OF", "US Department of Energy") in triples(ex)


def test_a_possessive_owns_the_name_right_after_it_whatever_the_parse(extractor) -> None:
    ex = extract(extractor, "Commerce Issues New Rules on Robotics\n\nWashington, D.C.—The Department of Commerce’s Bureau of "
                            "Industry and Security (BIS) is implementing a series of targeted updates to its export controls as "
                            "part of BIS’s ongoing efforts to protect U.S. national security.")
    assert ("Bureau of Industry and Security", "PART_OF", "US Department of Commerce") in triples(ex)


def test_these_measures_restrict_on_behalf_of_the_body_that_introduced_them(extractor) -> None:
    ex = extract(extractor, "Washington, D.C.—The Department of Commerce’s Bureau of Industry and Security (BIS) is implementing "
                            "a series of targeted updates to protect U.S. national security. These updates will restrict "
                            "Russia’s ability to buy advanced chips.")
    t = triples(ex)
    assert ("United States", "RESTRICTS", "Russia") not in t
    assert any(r == "RESTRICTS" and b == "Russia" for a, r, b in t)


def test_a_quoted_title_the_parser_hangs_on_the_verb_is_not_its_object(extractor) -> None:
    ex = extract(extractor, 'WASHINGTON — The U.S. Department of Energy (DOE) today issued an Advance Notice of Proposed '
                            'Rulemaking (ANPRM) seeking public comment related to the implementation of the Executive Order of '
                            'March 3, "Securing Robotics Supply Chains in Allied Countries" (the E.O.).')
    assert not any(a == "US Department of Energy" and r == "ENACTS" for a, r, b in triples(ex))


def test_taking_part_in_an_event_by_a_noun_and_whoever_comes_along(extractor) -> None:
    ex = extract(extractor, "The report marks Commissioner Lena Berg's participation in the Oslo Robotics Summit with "
                            "Vice President Kamala Harris.")
    t = triples(ex)
    assert ("Lena Berg", "PARTICIPATES_IN", "Oslo Robotics Summit") in t
    assert ("Kamala Harris", "PARTICIPATES_IN", "Oslo Robotics Summit") in t


def test_an_events_place_hangs_on_its_head_noun_not_its_year(extractor) -> None:
    ex = extract(extractor, "Ministers gathered for the AI Safety Summit 2023 in the UK to agree on safety testing.")
    assert ("United Kingdom", "HOSTS", "AI Safety Summit 2023") in triples(ex)


def test_a_body_before_a_preposition_does_not_qualify_the_title_after_it(extractor) -> None:
    ex = extract(extractor, "U.S. officials said she spoke at the summit in the UK with Vice President Kamala Harris.")
    t = triples(ex)
    assert ("Kamala Harris", "WORKS_FOR", "United Kingdom") not in t and ("Kamala Harris", "WORKS_FOR", "United States") in t


def test_under_must_govern_the_title_itself(extractor) -> None:
    ex = extract(extractor, "The duties were assigned to the Department of Commerce under the historic executive order that "
                            "President Biden signed.")
    assert ("Joe Biden", "LEADS", "US Department of Commerce") not in triples(ex)


def test_a_body_named_with_of_and_another_body_is_its_unit(extractor) -> None:
    ex = extract(extractor, "Licences are granted by the Bureau of Industry and Security of the Department of Commerce.")
    assert ("Bureau of Industry and Security", "PART_OF", "US Department of Commerce") in triples(ex)


def test_a_list_of_abstract_nouns_is_not_a_company(extractor) -> None:
    ex = extract(extractor, "The code has three chapters: Transparency; Copyright; and Safety and Security.")
    assert "Safety and Security" not in types(ex)


def test_a_name_does_not_start_before_an_indefinite_article(extractor) -> None:
    ex = extract(extractor, "The office requests input on the Development of an Advanced Robotics Action Plan by March.")
    assert "Advanced Robotics Action Plan" in types(ex)


def test_an_acronym_for_a_common_phrase_names_nothing(extractor) -> None:
    ex = extract(extractor, "Through this Request for Information (RFI), the office seeks input. Replies to the RFI are due soon.")
    assert "RFI" not in types(ex)


def test_a_federal_register_agency_header_lists_an_office_and_the_body_it_sits_in(extractor) -> None:
    ex = extract(extractor, "AGENCY: Advanced Robotics Research (ARR) Program Office (PO), National Science Foundation.\n\n"
                            "SUMMARY: The ARR PO requests comments.")
    t = triples(ex)
    office = "Advanced Robotics Research (ARR) Program Office"
    assert types(ex).get(office) == "Agency" and (office, "PART_OF", "National Science Foundation") in t
    assert "ARR PO" not in types(ex)


def test_a_gatherings_quoted_title_is_an_event_and_attending_it_is_taking_part(extractor) -> None:
    ex = extract(extractor, 'Ms. Ana Duarte, Minister of Digital Affairs, attended a panel "Building Open Robotics: Shared '
                            'Standards for Safe Machines" on Monday.')
    title = "Building Open Robotics: Shared Standards for Safe Machines"
    assert types(ex).get(title) == "Event" and ("Ana Duarte", "PARTICIPATES_IN", title) in triples(ex)


def test_a_capitalised_surname_first_is_reordered_to_the_usual_name(extractor) -> None:
    ex = extract(extractor, "Mr. KISHIDA Fumio delivered the opening remarks.")
    assert types(ex).get("Fumio Kishida") == "Person"


def test_a_known_name_spelled_with_ai_matches_its_artificial_intelligence_form(extractor) -> None:
    ex = extract(extractor, "Ministers welcomed the update of the OECD Principles on AI last year.")
    assert "OECD AI Principles" in types(ex)


def test_a_meeting_of_a_body_is_hosted_by_it(extractor) -> None:
    ex = extract(extractor, "She spoke on the sidelines of the Meeting of the Council at Ministerial Level (MCM) of the OECD.")
    assert ("OECD", "HOSTS", "OECD Ministerial Council Meeting") in triples(ex)


def test_a_bodys_acronym_before_a_place_and_a_head_word_opens_a_new_bodys_name(extractor) -> None:
    ex = extract(extractor, "The partners will open the GPAI Berlin Centre next year.")
    assert types(ex).get("GPAI Berlin Centre") == "Organization"


def test_a_datelines_capitalised_place_is_the_city_not_the_government(extractor) -> None:
    ex = extract(extractor, "WASHINGTON — The Department of Energy today announced a new computing partnership.")
    t = types(ex)
    assert t.get("Washington, D.C.") == "Location" and "United States" not in t


def test_a_hyphenated_pair_of_states_before_a_tie_word_are_partners(extractor) -> None:
    ex = extract(extractor, "Officials signed a US-India robotics agreement on Monday.")
    assert any(r == "PARTNERS_WITH" and {a, b} == {"United States", "India"} for a, r, b in triples(ex))


def test_a_hyphenated_pair_of_states_before_a_conflict_word_are_not_partners(extractor) -> None:
    ex = extract(extractor, "The US-China trade war deepened last year.")
    assert not any(r == "PARTNERS_WITH" for a, r, b in triples(ex))


def test_a_short_name_in_brackets_is_the_companys_alias_everywhere(extractor) -> None:
    ex = extract(extractor, "Northwind Analytics Inc. (Northwind) makes drones. Northwind was founded in Oslo.")
    firms = [e for e in ex.entities if e.type == "Firm"]
    assert len(firms) == 1 and len(firms[0].mentions) == 3


def test_a_name_does_not_contain_a_finite_verb(extractor) -> None:
    ex = extract(extractor, "Backers of the startup included Harbor Light Capital, Tiger Global Management and Pine Ventures.")
    assert "Harbor Light Capital" in types(ex) and not any("included" in n for n in types(ex))


def test_a_name_coordinated_with_companies_is_a_company(extractor) -> None:
    ex = extract(extractor, "Backers included Tiger Global Management, Harbor Light Capital and Pine Ventures.")
    t = types(ex)
    assert t.get("Harbor Light Capital") == "Firm" and "Capital" not in t


def test_working_at_a_place_ner_took_for_a_town_makes_it_an_employer(extractor) -> None:
    ex = extract(extractor, "The company was founded by Mira Patel, who had previously worked at Quillon.")
    assert types(ex).get("Quillon") == "Firm" and ("Mira Patel", "WORKS_FOR", "Quillon") in triples(ex)


def test_coordinated_people_who_worked_somewhere_both_work_there_and_are_not_partners(extractor) -> None:
    ex = extract(extractor, "Velo was founded in 2018 by Mira Patel and Tom Berg who had previously worked at Google.")
    t = triples(ex)
    assert ("Mira Patel", "WORKS_FOR", "Google") in t and ("Tom Berg", "WORKS_FOR", "Google") in t
    assert not any(r == "PARTNERS_WITH" for a, r, b in t)


def test_an_unknown_word_before_a_title_and_a_name_is_the_body(extractor) -> None:
    ex = extract(extractor, "Brightwave partner Ola Nordmann wrote the first cheque.")
    assert types(ex).get("Brightwave") == "Firm" and ("Ola Nordmann", "WORKS_FOR", "Brightwave") in triples(ex)


def test_a_name_found_once_is_linked_where_it_recurs(extractor) -> None:
    ex = extract(extractor, "Brightwave partner Ola Nordmann joined the board. In 2024, Velo Robotics raised money after "
                            "Brightwave led another round of funding.")
    assert ("Brightwave", "INVESTS_IN", "Velo Robotics") in triples(ex)


def test_the_investors_a_company_lists_invest_in_it(extractor) -> None:
    ex = extract(extractor, "Other investors of Velo Robotics included Sequoia Capital and Index Ventures.")
    t = triples(ex)
    assert ("Sequoia Capital", "INVESTS_IN", "Velo Robotics") in t and ("Index Ventures", "INVESTS_IN", "Velo Robotics") in t


def test_offering_to_fund_is_not_funding(extractor) -> None:
    ex = extract(extractor, "Sequoia Capital offered to invest $5 million in Velo Robotics.")
    assert not any(r == "INVESTS_IN" for a, r, b in triples(ex))


def test_a_family_name_first_is_the_short_form_of_the_name(extractor) -> None:
    ex = extract(extractor, "Zhou Minghao founded Lumen Robotics in 2019. Zhou later moved to Chengdu.")
    assert len([e for e in ex.entities if e.type == "Person"]) == 1


def test_each_title_in_a_list_takes_its_own_body(extractor) -> None:
    ex = extract(extractor, "Zhou Minghao is a Chinese engineer who is the co-founder of the fund Bluewater Capital, as well as "
                            "the founder and CEO of its robotics company Lumen Robotics.")
    t = triples(ex)
    assert ("Zhou Minghao", "FOUNDED", "Bluewater Capital") in t and ("Zhou Minghao", "LEADS", "Lumen Robotics") in t
    assert ("Zhou Minghao", "LEADS", "Bluewater Capital") not in t
    assert ("Lumen Robotics", "PART_OF", "Bluewater Capital") in t


def test_its_own_is_not_an_owner(extractor) -> None:
    ex = extract(extractor, "In 2023 Bluewater Capital started a lab. In 2024 the lab became its own company, Lumen Robotics.")
    assert ("Lumen Robotics", "PART_OF", "Bluewater Capital") not in triples(ex)


def test_a_word_for_a_kind_of_place_after_a_name_makes_it_a_place(extractor) -> None:
    ex = extract(extractor, "She was born in the village of Dongling, Haifeng town, Luchuan city, Guangdong.")
    assert types(ex).get("Haifeng") == "Location"


def test_a_degree_is_not_a_body(extractor) -> None:
    ex = extract(extractor, "She received her Bachelor of Engineering in electronic engineering in 2007.")
    assert "Bachelor of Engineering" not in types(ex)


def test_a_second_predicate_after_and_is_read_like_the_first(extractor) -> None:
    ex = extract(extractor, "Ada Quist is an engineer. She is the CEO of Microsoft AI, and the co-founder and former head "
                            "of research at Lumen Robotics, a drone company which was acquired by Google.")
    t = triples(ex)
    assert ("Ada Quist", "FOUNDED", "Lumen Robotics") in t and ("Ada Quist", "WORKS_FOR", "Lumen Robotics") in t
    assert ("Ada Quist", "LEADS", "Lumen Robotics") not in t
    assert ("Google", "ACQUIRES", "Lumen Robotics") in t


def test_his_stands_for_a_person_only(extractor) -> None:
    ex = extract(extractor, "Tom Berg went to Ridgeway Grammar School. Around that time he met his Lumen Robotics co-founder, "
                            "Ada Quist.")
    assert ("Ada Quist", "FOUNDED", "Ridgeway Grammar School") not in triples(ex)


def test_studying_at_a_college_is_not_working_for_it(extractor) -> None:
    ex = extract(extractor, "Tom Berg was an undergraduate student at Merton College before dropping out.")
    assert not any(r == "WORKS_FOR" for a, r, b in triples(ex))


def test_helping_someone_found_a_body_called_x_founds_it_too(extractor) -> None:
    ex = extract(extractor, "In 2004, Tom Berg helped Ada Quist establish a youth charity called the Northern Coding Club.")
    t = triples(ex)
    assert ("Ada Quist", "FOUNDED", "Northern Coding Club") in t and ("Tom Berg", "FOUNDED", "Northern Coding Club") in t


def test_a_place_on_the_description_after_a_body_is_where_it_is(extractor) -> None:
    ex = extract(extractor, "He went to Ridgeway Grammar School, a state school in Islington, before university.")
    assert ("Ridgeway Grammar School", "BASED_IN", "Islington") in triples(ex)


def test_what_the_text_calls_an_organization_is_one(extractor) -> None:
    ex = extract(extractor, "In 2004 she set up a helpline called the Northern Youth Helpline. The organization later grew fast.")
    assert types(ex).get("Northern Youth Helpline") == "Organization"


def test_a_quoted_nickname_names_the_person_by_nickname_and_surname(extractor) -> None:
    ex = extract(extractor, 'Theodore Marcus "Ted" Okafor Jr. is a Nigerian-born engineer who is the founder and chief '
                            "executive of Lumen Robotics.")
    assert types(ex).get("Ted Okafor") == "Person"
    t = triples(ex)
    assert ("Ted Okafor", "FOUNDED", "Lumen Robotics") in t and ("Ted Okafor", "LEADS", "Lumen Robotics") in t


def test_a_nickname_that_is_a_common_word_is_still_a_name(extractor) -> None:
    ex = extract(extractor, 'William Arthur "Bill" Okafor is an engineer.')
    assert types(ex) == {"Bill Okafor": "Person"}


def test_a_capitalised_ceo_is_still_a_title(extractor) -> None:
    ex = extract(extractor, "Ada Quist is the CEO of Lumen Robotics.")
    assert ("Ada Quist", "LEADS", "Lumen Robotics") in triples(ex)


def test_a_capital_after_town_comma_is_the_region_of_that_name(extractor) -> None:
    ex = extract(extractor, "Ada Quist grew up in Tacoma, Washington, and studied in Oregon.")
    assert types(ex).get("Washington") == "Location" and "United States" not in types(ex)


def test_a_list_of_capitals_stays_a_list_of_governments(extractor) -> None:
    ex = extract(extractor, "Officials in Tokyo, Washington and Beijing welcomed the accord.")
    assert {types(ex).get(n) for n in ("Japan", "United States", "China")} == {"Government"}


def test_titles_share_an_of_phrase_the_parser_hung_higher(extractor) -> None:
    ex = extract(extractor, "Ada Quist is a British-born Canadian businesswoman, electrical engineer, and philanthropist who is "
                            "the founder, president and chief executive officer (CEO) of Lumen Robotics.")
    t = triples(ex)
    assert ("Ada Quist", "FOUNDED", "Lumen Robotics") in t and ("Ada Quist", "LEADS", "Lumen Robotics") in t


def test_to_found_is_founding_not_finding(extractor) -> None:
    ex = extract(extractor, "Tom Berg left Google in 2019 to found Lumen Robotics.")
    assert ("Tom Berg", "FOUNDED", "Lumen Robotics") in triples(ex)


def test_a_place_based_apposition_locates_the_name_before_it(extractor) -> None:
    ex = extract(extractor, "Ada Quist founded Kestrel Games, a Leeds-based independent games developer.")
    assert ("Kestrel Games", "BASED_IN", "Leeds") in triples(ex)


def test_a_compass_word_before_a_known_place_names_a_region(extractor) -> None:
    ex = extract(extractor, "She grew up in North London and later moved to Southern California.")
    assert types(ex) == {"North London": "Location", "Southern California": "Location"}


def test_a_longer_name_after_a_compass_word_is_not_a_region(extractor) -> None:
    ex = extract(extractor, "Patrols crossed the South China Sea. She later joined the West London Robotics Hub.")
    assert types(ex).get("South China Sea") == "Location"
    assert "South China" not in types(ex) and "West London" not in types(ex)


def test_ners_person_listed_among_companies_is_a_company(extractor) -> None:
    ex = extract(extractor, "In 1998 Kestrel Studios signed publishing deals with Eidos Interactive, Vivendi Universal and "
                            "Microsoft.")
    assert types(ex).get("Vivendi Universal") == "Firm"
    assert ("Kestrel Studios", "PARTNERS_WITH", "Vivendi Universal") in triples(ex)


def test_a_person_with_a_given_name_in_a_company_list_stays_a_person(extractor) -> None:
    ex = extract(extractor, "Investors included Microsoft, Maria Koenig and Google.")
    assert types(ex).get("Maria Koenig") == "Person"


def test_honours_and_titles_of_works_are_not_entities(extractor) -> None:
    ex = extract(extractor, "He was lead programmer on the 1994 game Theme Park. Theme Park sold ten million copies and "
                            "won a Golden Joystick Award.")
    assert "Theme Park" not in types(ex) and "Golden Joystick Award" not in types(ex)


def test_the_word_after_a_schools_comma_is_its_town(extractor) -> None:
    ex = extract(extractor, "Ada Quist was educated at St Aldhelm's College, Wexcombe, a grammar school, and later at "
                            "Merrow School, Dunsfold.")
    t = triples(ex)
    assert types(ex).get("Wexcombe") == "Location" and types(ex).get("Dunsfold") == "Location"
    assert ("St Aldhelm's College", "BASED_IN", "Wexcombe") in t and ("Merrow School", "BASED_IN", "Dunsfold") in t


def test_a_ceo_in_capitals_is_an_office_not_a_surname(extractor) -> None:
    ex = extract(extractor, "The plan was welcomed, said Kestrel Studios chair and CEO Dr. Ada Quist.")
    assert "Ceo" not in types(ex) and "CEO" not in types(ex)
    assert ("Ada Quist", "LEADS", "Kestrel Studios") in triples(ex)


def test_a_quoted_we_is_the_body_the_speaker_talks_for(extractor) -> None:
    ex = extract(extractor, "“Building capacity takes new partnerships,” said U.S. Secretary of Energy Tom Berg. “That is "
                            "why, working with Kestrel Studios and Lumen Robotics, we are moving faster than ever.”")
    t = triples(ex)
    assert ("US Department of Energy", "PARTNERS_WITH", "Kestrel Studios") in t
    assert ("US Department of Energy", "PARTNERS_WITH", "Lumen Robotics") in t


def test_a_quoted_we_without_a_named_body_stays_unresolved(extractor) -> None:
    ex = extract(extractor, "“We are proud to partner with Kestrel Studios,” said Ada Quist.")
    assert not any(r == "PARTNERS_WITH" for _, r, _ in triples(ex))


def test_being_proud_to_partner_states_the_partnership_being_eager_does_not(extractor) -> None:
    found = triples(extract(extractor, "Microsoft is proud to partner with Kestrel Studios."))
    assert {("Microsoft", "PARTNERS_WITH", "Kestrel Studios"), ("Kestrel Studios", "PARTNERS_WITH", "Microsoft")} & found
    assert not triples(extract(extractor, "Microsoft is eager to partner with Kestrel Studios."))


def test_a_product_line_and_trademark_sign_between_maker_and_product(extractor) -> None:
    ex = extract(extractor, "The cluster is powered by AMD Instinct™ MI355X GPUs.")
    assert ("AMD", "DEVELOPS", "MI355X") in triples(ex)


def test_a_name_before_a_word_for_a_computing_system_is_hardware(extractor) -> None:
    ex = extract(extractor, "The lab will deploy the Kestrel AI cluster in 2026. Kestrel will train foundation models.")
    assert types(ex) == {"Kestrel": "Hardware"}


def test_a_bracketed_acronym_inside_a_name_is_dropped_and_the_short_form_is_the_same_thing(extractor) -> None:
    ex = extract(extractor, "Officials chaired the Digital Trade and Security (DTS) Dialogue in Oslo. The next DTS Dialogue "
                            "will be held in Bergen.")
    assert types(ex) == {"Digital Trade and Security Dialogue": "Event", "Oslo": "Location", "Bergen": "Location"}


def test_an_honourable_before_a_name_makes_it_a_person(extractor) -> None:
    ex = extract(extractor, "Today, the Honourable Mara Velinsky, Minister of Industry, met Ada Quist.")
    assert types(ex).get("Mara Velinsky") == "Person"


def test_a_title_shared_by_many_states_names_the_body_of_the_state_written_with_it(extractor) -> None:
    ex = extract(extractor, "Today, Singapore Minister for Foreign Affairs Dr. Ada Quist met officials.")
    t = triples(ex)
    assert ("Ada Quist", "LEADS", "Ministry of Foreign Affairs of Singapore") in t and ("Ada Quist", "WORKS_FOR", "Singapore") in t


def test_a_family_name_in_capitals_after_an_honorific_opens_a_japanese_name(extractor) -> None:
    ex = extract(extractor, "Ms. QUIST Ada, State Minister for Foreign Affairs of Japan, attended.")
    t = triples(ex)
    assert types(ex).get("Ada Quist") == "Person"
    assert ("Ada Quist", "WORKS_FOR", "Ministry of Foreign Affairs of Japan") in t and ("Ada Quist", "WORKS_FOR", "Japan") in t


def test_a_minister_investing_or_signing_acts_for_the_government(extractor) -> None:
    ex = extract(extractor, "The Government of Canada is investing in AI. Today, the Honourable Mara Velinsky, Minister of "
                            "Finance, announced an investment of up to $50 million in Kestrel Studios. She also signed a "
                            "memorandum of understanding with Lumen Robotics.")
    t = triples(ex)
    assert ("Canada", "INVESTS_IN", "Kestrel Studios") in t
    assert ("Mara Velinsky", "LEADS", "Department of Finance Canada") in t
    assert not any(a == "Mara Velinsky" and r in {"INVESTS_IN", "PARTNERS_WITH"} for a, r, _ in t)


def test_a_minister_responsible_for_a_body_leads_it(extractor) -> None:
    ex = extract(extractor, "Today, the Honourable Mara Velinsky, Minister of Industry and Minister responsible for the "
                            "Federal Economic Development Agency for Southern Ontario, met Ada Quist.")
    assert ("Mara Velinsky", "LEADS", "Federal Economic Development Agency for Southern Ontario") in triples(ex)


def test_a_deputy_prime_minister_after_the_name_serves_the_government(extractor) -> None:
    ex = extract(extractor, "Canada is home to many researchers. Today, the Honourable Mara Velinsky, Deputy Prime Minister, "
                            "opened the centre.")
    assert ("Mara Velinsky", "WORKS_FOR", "Canada") in triples(ex)


def test_an_office_folded_into_a_body_name_is_the_persons_title(extractor) -> None:
    ex = extract(extractor, "They had a conversation with Mr. QUIST Ada, President of Keio University.")
    assert ("Ada Quist", "LEADS", "Keio University") in triples(ex)


def test_a_canadian_body_ending_with_the_state_is_part_of_it(extractor) -> None:
    ex = extract(extractor, "Global Affairs Canada announced new export guidance.")
    assert ("Global Affairs Canada", "PART_OF", "Canada") in triples(ex)


def test_a_demonym_opening_a_policy_name_belongs_to_it(extractor) -> None:
    ex = extract(extractor, "It is the first investment through the new Kestrel Sovereign AI Compute Strategy and the "
                            "Canadian Sovereign AI Compute Strategy.")
    assert types(ex).get("Canadian Sovereign AI Compute Strategy") == "Policy"


def test_a_sentence_initial_common_word_and_a_list_of_topics_are_no_names(extractor) -> None:
    ex = extract(extractor, "Compute is the key input, and compute capacity is scarce. The research areas include: Extreme "
                            "Weather and Climate Forecasting, Emergency Response Management, Electric Grid Optimization, "
                            "and Agriculture Optimization.")
    assert types(ex) == {}


def test_a_portfolio_list_with_commas_stays_inside_the_title(extractor) -> None:
    ex = extract(extractor, "Yesterday, Under Secretary of State for Economic Growth, Energy, and the Environment Ada W. "
                            "Quist signed an arrangement between the United States and the European Commission. The "
                            "United States and the EU are united in this goal.")
    assert ("Ada W. Quist", "WORKS_FOR", "US Department of State") in triples(ex)


def test_a_title_after_a_comma_clause_is_not_led_by_the_clause(extractor) -> None:
    ex = extract(extractor, "Following a video on the process, which Japan led last year as the G7 Presidency, Prime "
                            "Minister Kishida made opening remarks.")
    assert ("Fumio Kishida", "LEADS", "G7") not in triples(ex)


def test_affiliation_lines_give_each_body_the_offices_before_it(extractor) -> None:
    ex = extract(extractor, "The Secretary has appointed the following members of the Board:\n\n"
                            "- Tom Berg, CEO and Co-Founder, Kestrel Studios\n"
                            "- Mira Okonkwo, Ph.D., President, Harbour Analytics\n"
                            "- Ada Quist, Chair, Digital Policy Committee, Northern League of Cities\n")
    t = triples(ex)
    assert ("Tom Berg", "LEADS", "Kestrel Studios") in t and ("Tom Berg", "FOUNDED", "Kestrel Studios") in t
    assert types(ex).get("Mira Okonkwo") == "Person" and ("Mira Okonkwo", "LEADS", "Harbour Analytics") in t
    assert ("Ada Quist", "LEADS", "Digital Policy Committee") in t
    assert ("Digital Policy Committee", "PART_OF", "Northern League of Cities") in t


def test_offices_between_commas_are_not_companies(extractor) -> None:
    ex = extract(extractor, "Members include:\n- Sam Altman, CEO, OpenAI\n- Jensen Huang, President and CEO, Nvidia\n")
    assert "CEO" not in types(ex) and "President" not in types(ex)


def test_a_committee_outside_a_legislature_is_an_organization(extractor) -> None:
    ex = extract(extractor, "She chairs the Lawyers' Committee for Digital Rights. The Senate Select Committee on Technology met.")
    assert types(ex).get("Lawyers' Committee for Digital Rights") == "Organization"


def test_a_conference_of_people_is_a_body(extractor) -> None:
    ex = extract(extractor, "Ada Quist, Chair, Technology Committee, Northern Conference of Mayors, spoke.")
    assert types(ex).get("Northern Conference of Mayors") == "Organization"


def test_a_lone_demonym_is_the_state_not_a_place(extractor) -> None:
    ex = extract(extractor, "Kestrel Studios is an Emirati holding company.")
    assert "Emirati" not in types(ex) and ("Kestrel Studios", "BASED_IN", "United Arab Emirates") in triples(ex)


def test_based_in_city_comma_country_places_the_body_in_both(extractor) -> None:
    for text in ("Kestrel Studios is an Emirati holding company based in Abu Dhabi, United Arab Emirates.",
                 "Kestrel Studios was founded in 2018 and is based in Abu Dhabi, UAE."):
        t = triples(extract(extractor, text))
        assert ("Kestrel Studios", "BASED_IN", "Abu Dhabi") in t and ("Kestrel Studios", "BASED_IN", "United Arab Emirates") in t


def test_a_citys_companies_are_based_there(extractor) -> None:
    ex = extract(extractor, "The fund has stakes in Beijing's JD.com and ByteDance.")
    t = triples(ex)
    assert types(ex).get("Beijing") == "Location" and "JD.com and" not in types(ex)
    assert ("JD.com", "BASED_IN", "Beijing") in t and ("ByteDance", "BASED_IN", "Beijing") in t


def test_having_a_stake_in_a_company_is_investing_in_it(extractor) -> None:
    ex = extract(extractor, "Kestrel Capital, which has stakes in Kestrel Studios and Harbour Analytics Ltd, grew fast.")
    t = triples(ex)
    assert ("Kestrel Capital", "INVESTS_IN", "Kestrel Studios") in t and ("Kestrel Capital", "INVESTS_IN", "Harbour Analytics Ltd") in t


def test_the_company_is_not_resolved_by_a_name_that_contains_company(extractor) -> None:
    ex = extract(extractor, "Kestrel Holding Company set up a fund. Mistral AI was the sole shareholder of the app. "
                            "The company is chaired by Ada Quist.")
    t = triples(ex)
    assert ("Ada Quist", "LEADS", "Mistral AI") in t and ("Ada Quist", "LEADS", "Kestrel Holding Company") not in t


def test_a_state_focused_fund_is_not_based_in_the_state(extractor) -> None:
    ex = extract(extractor, "Kestrel Capital manages the China-focused Lumen Fund.")
    assert not any(r == "BASED_IN" and o == "China" for _, r, o in triples(ex))


def test_listed_members_of_a_body_are_its_members(extractor) -> None:
    ex = extract(extractor, "The initial members of the Kestrel Network of Safety Labs are Australia, Canada, the European "
                            "Union, Kenya, and the United States.")
    t = triples(ex)
    assert {s for s, r, o in t if r == "MEMBER_OF" and o == "Kestrel Network of Safety Labs"} == {
        "Australia", "Canada", "European Union", "Kenya", "United States"}


def test_a_persons_titles_after_a_comma_stop_at_the_next_name(extractor) -> None:
    ex = extract(extractor, "The meeting was co-chaired by Mr. KONO Taro, the Minister for Digital Transformation, and Mr. "
                            "MATSUMOTO Takeaki, the Minister for Internal Affairs and Communications.")
    t = triples(ex)
    assert ("Takeaki Matsumoto", "LEADS", "Ministry of Internal Affairs and Communications") in t
    assert ("Taro Kono", "LEADS", "Ministry of Internal Affairs and Communications") not in t


def test_a_western_name_with_the_surname_in_capitals(extractor) -> None:
    ex = extract(extractor, "From the EU side was Mr. Thierry BRETON, European Commissioner for Internal Market.")
    assert types(ex).get("Thierry Breton") == "Person"


def test_a_council_that_is_held_and_meets_somewhere_is_a_gathering(extractor) -> None:
    ex = extract(extractor, "The ministry held the Japan-Kenya Digital Partnership Council at its offices. The Council was "
                            "co-chaired by Mr. KONO Taro. The Japan-Kenya Digital Partnership Council met in Tokyo.")
    t = triples(ex)
    assert types(ex).get("Japan-Kenya Digital Partnership Council") == "Event" and types(ex).get("Tokyo") == "Location"
    assert ("Taro Kono", "PARTICIPATES_IN", "Japan-Kenya Digital Partnership Council") in t
    assert ("Japan", "PARTICIPATES_IN", "Japan-Kenya Digital Partnership Council") in t
    assert ("Tokyo", "HOSTS", "Japan-Kenya Digital Partnership Council") in t


def test_a_policy_name_runs_on_through_on_and_capitalised_words(extractor) -> None:
    ex = extract(extractor, "The guide supports Canada's Voluntary Code of Conduct on the Responsible Development of "
                            "Advanced Kestrel Systems. The Act on Monday was debated.")
    assert types(ex).get("Voluntary Code of Conduct on the Responsible Development of Advanced Kestrel Systems") == "Policy"


def test_signatories_listed_after_a_dash_sign_on_to_the_code_named_before(extractor) -> None:
    ex = extract(extractor, "The guide supports the Kestrel Code of Conduct on Advanced AI Systems. The Minister announced "
                            "that new organizations—CIBC, Clir, Cofomo Inc. and PaymentEvolution—are signing on to the "
                            "voluntary code of conduct.")
    t = triples(ex)
    signers = {s for s, r, o in t if r == "PARTICIPATES_IN" and o == "Kestrel Code of Conduct on Advanced AI Systems"}
    assert signers == {"CIBC", "Clir", "Cofomo Inc.", "PaymentEvolution"}


def test_an_honourable_with_a_hyphenated_given_name(extractor) -> None:
    ex = extract(extractor, "Today, the Honourable Marie-Claude Velinsky, Minister of Industry, announced new funding.")
    assert types(ex).get("Marie-Claude Velinsky") == "Person"


def test_a_known_name_inside_a_hyphenated_given_name_is_part_of_the_person(extractor) -> None:
    ex = extract(extractor, "Marie-Claude Velinsky, a minister, praised Anthropic's Claude 3.")
    assert types(ex).get("Marie-Claude Velinsky") == "Person" and ("Anthropic", "DEVELOPS", "Claude 3") in triples(ex)


def test_a_partnership_the_parser_made_the_subject_of_to_deliver_is_still_announced(extractor) -> None:
    ex = extract(extractor, "The U.S. Department of Energy (DOE), Kestrel National Laboratory, NVIDIA and Oracle today "
                            "announced a landmark public-private partnership to deliver the DOE’s largest AI supercomputer.")
    t = triples(ex) | {(o, r, s) for s, r, o in triples(ex)}
    assert ("US Department of Energy", "PARTNERS_WITH", "Oracle") in t and ("Nvidia", "PARTNERS_WITH", "Oracle") in t


def test_a_us_national_laboratory_is_an_organization_a_defence_laboratory_an_agency(extractor) -> None:
    ex = extract(extractor, "Kestrel National Laboratory will host the system. The Defence Kestrel Laboratory tested it.")
    assert types(ex).get("Kestrel National Laboratory") == "Organization"
    assert types(ex).get("Defence Kestrel Laboratory") == "Agency"


def test_a_bodys_distinctive_first_word_alone_is_the_body_but_not_a_town(extractor) -> None:
    ex = extract(extractor, "Kestrel National Laboratory will host two systems. Scientists from Kestrel will use them. "
                            "She studied at Aloha High School in Aloha, Oregon.")
    assert types(ex).get("Kestrel National Laboratory") == "Organization" and "Kestrel" not in types(ex)
    assert types(ex).get("Aloha") == "Location"


def test_named_computing_systems_in_a_sentence_about_gpus(extractor) -> None:
    ex = extract(extractor, "The Solstice system, which will feature 100,000 NVIDIA Blackwell GPUs, will be the largest "
                            "AI supercomputer. Another system, called Equinox, will feature 10,000 GPUs.")
    assert types(ex).get("Solstice") == "Hardware" and types(ex).get("Equinox") == "Hardware"


def test_order_titles_listed_after_executive_orders_are_enacted_by_the_owner(extractor) -> None:
    ex = extract(extractor, "This is in accordance with President Trump's Executive Orders, Accelerating Federal Permitting of "
                            "Kestrel Infrastructure and Removing Barriers to Kestrel Leadership in Robotics.")
    t = triples(ex)
    assert ("Donald Trump", "ENACTS", "Accelerating Federal Permitting of Kestrel Infrastructure") in t
    assert ("Donald Trump", "ENACTS", "Removing Barriers to Kestrel Leadership in Robotics") in t


def test_a_gerund_and_its_object_are_no_company(extractor) -> None:
    ex = extract(extractor, "“Winning the AI race requires new partnerships,” said Ada Quist of Boeing Company.")
    assert "Winning the AI" not in types(ex) and types(ex).get("Boeing Company") == "Firm"


def test_a_deal_struck_between_firms_partners_them_not_their_demonyms(extractor) -> None:
    ex = extract(extractor, "It comes with a major deal struck between British firm Nscale and leading American firms "
                            "NVIDIA and OpenAI.")
    t = triples(ex) | {(o, r, s) for s, r, o in triples(ex)}
    assert ("Nscale", "PARTNERS_WITH", "Nvidia") in t and ("Nscale", "PARTNERS_WITH", "OpenAI") in t
    assert not any(r == "PARTNERS_WITH" and "United Kingdom" in (s, o) for s, r, o in t)


def test_a_states_firms_listed_with_like_are_based_there(extractor) -> None:
    ex = extract(extractor, "This comes as America’s top technology and AI firms – like Microsoft, Google and CoreWeave – "
                            "commit a combined £31 billion.")
    t = triples(ex)
    assert {s for s, r, o in t if r == "BASED_IN" and o == "United States"} == {"Microsoft", "Google", "CoreWeave"}


def test_agreeing_a_named_deal_is_taking_part_in_it(extractor) -> None:
    ex = extract(extractor, "The United Kingdom and the United States agreed the Kestrel Prosperity Deal on Tuesday.")
    t = triples(ex)
    assert ("United Kingdom", "PARTICIPATES_IN", "Kestrel Prosperity Deal") in t and ("United States", "PARTICIPATES_IN", "Kestrel Prosperity Deal") in t


def test_a_capital_a_company_is_headquartered_in_is_the_city(extractor) -> None:
    ex = extract(extractor, "Kestrel Studios is a Chinese technology company headquartered in Beijing.")
    t = triples(ex)
    assert types(ex).get("Beijing") == "Location" and ("Kestrel Studios", "BASED_IN", "Beijing") in t


def test_a_university_named_of_a_state_has_the_state_in_its_name(extractor) -> None:
    ex = extract(extractor, "They entered the University of Science and Technology of Kestrelia and the University of "
                            "Science and Technology of China at an early age.")
    assert types(ex).get("University of Science and Technology of China") == "Organization"
    assert not any(r == "PART_OF" and o == "China" for _, r, o in triples(ex))


def test_they_after_coordinated_people_is_all_of_them(extractor) -> None:
    ex = extract(extractor, "Brothers Tom Berg and Ada Quist studied physics. They then worked for the Chinese Academy of "
                            "Sciences on computing.")
    t = triples(ex)
    assert ("Tom Berg", "WORKS_FOR", "Chinese Academy of Sciences") in t and ("Ada Quist", "WORKS_FOR", "Chinese Academy of Sciences") in t


def test_a_ministers_full_title_in_the_governments_own_release_makes_them_its_servant(extractor) -> None:
    ex = extract(extractor, "Safety is a priority for the Government of Canada. Today, the Honourable Mara Velinsky, Minister "
                            "of Kestrel Affairs, announced the launch of the Kestrel Safety Office in Canada.")
    assert ("Mara Velinsky", "WORKS_FOR", "Canada") in triples(ex)


def test_a_minister_with_a_known_ministry_title_leads_it_without_a_state_claim(extractor) -> None:
    ex = extract(extractor, "The European Union and the EU Council met. Mr. Nishimura Yasutoshi, Minister of Economy, Trade "
                            "and Industry, and Commissioner Breton intend to sign a memorandum. The EU welcomed it.")
    t = triples(ex)
    assert ("Nishimura Yasutoshi", "LEADS", "Ministry of Economy, Trade and Industry") in t
    assert not any(s == "Nishimura Yasutoshi" and r == "WORKS_FOR" for s, r, _ in t)


def test_a_state_minister_after_a_name_serves_the_ministry(extractor) -> None:
    ex = extract(extractor, "The meeting was attended by Mr. KONO Taro, the Minister for Digital Transformation, and OTA "
                            "Fusae, the State Minister of Economy, Trade and Industry.")
    t = triples(ex)
    assert ("Fusae Ota", "LEADS", "Ministry of Economy, Trade and Industry") not in t
    assert ("Fusae Ota", "WORKS_FOR", "Ministry of Economy, Trade and Industry") in t


def test_a_state_that_includes_policies_in_a_relative_clause_is_a_misattachment(extractor) -> None:
    ex = extract(extractor, "It is part of a strategy to promote safe AI in Canada, which includes the proposed Kestrel Data "
                            "Act and the Voluntary Code of Conduct on Kestrel Systems.")
    assert not any(r == "PART_OF" and o == "Canada" for _, r, o in triples(ex))


def test_transcript_labels_name_speakers_and_roles_are_not_names(extractor) -> None:
    ex = extract(extractor, "MR QUIST: So the delegation will travel on Monday.\n\nQUESTION: And may I ask a question?\n\n"
                            "MARA VELINSKY, HOST: Welcome back.\n\nSENATOR TOM BERG, MINISTER FOR INDUSTRY AND INNOVATION: "
                            "Good morning.\n\nVELINSKY: Well, what does the plan entail?\n\nACTION: Request for information.")
    assert types(ex) == {"Quist": "Person", "Mara Velinsky": "Person", "Tom Berg": "Person"}


def test_a_speaker_label_is_not_the_subject_of_the_first_sentence(extractor) -> None:
    ex = extract(extractor, "MR QUIST: So the State Department's envoy and the National Security Council's adviser will lead "
                            "an interagency U.S. delegation.")
    assert not any(s == "Quist" for s, _, _ in triples(ex))


def test_a_given_name_after_an_envoys_title_is_a_person_even_with_an_institutional_surname(extractor) -> None:
    ex = extract(extractor, "The State Department's Acting Special Envoy for Critical and Emerging Technology Seth Center "
                            "will travel.")
    assert types(ex).get("Seth Center") == "Person"


def test_a_relative_clause_on_a_coordinated_predicate_noun_stands_for_the_subject(extractor) -> None:
    ex = extract(extractor, "Ada Quist is an American business executive and government official, who has served as the "
                            "director of the Kestrel Office of Science Policy.")
    assert ("Ada Quist", "LEADS", "Kestrel Office of Science Policy") in triples(ex)


def test_nominating_someone_as_director_is_no_claim_and_not_the_nominators_office(extractor) -> None:
    ex = extract(extractor, "Tom Berg announced his intention to nominate Ada Quist as the next director of the Kestrel "
                            "Office of Science Policy. The board appointed Mara Velinsky as chief executive of Kestrel Studios.")
    t = triples(ex)
    assert not any(o == "Kestrel Office of Science Policy" for _, _, o in t)
    assert ("Mara Velinsky", "LEADS", "Kestrel Studios") in t


def test_a_title_with_a_serial_comma_and_the_name_in_apposition_after_it(extractor) -> None:
    ex = extract(extractor, "A speech delivered by Secretary of State for Science, Innovation, and Technology, Ada Quist, at "
                            "Mansion House.")
    assert ("Ada Quist", "LEADS", "Department for Science, Innovation and Technology") in triples(ex)


def test_a_possessive_name_with_no_owned_noun_is_a_business(extractor) -> None:
    ex = extract(extractor, "He got his first job at a local Denny's restaurant. Later he stopped by Claridge's.")
    assert types(ex) == {"Denny's": "Firm", "Claridge's": "Firm"}


def test_an_opening_gathered_at_clause_makes_the_represented_states_take_part(extractor) -> None:
    ex = extract(extractor, "3. Gathered at the AI Action Summit in February, ministers representing Norway, Chile and "
                            "the Republic of Kenya affirm the value of open research.")
    t = triples(ex)
    assert {("Norway", "PARTICIPATES_IN", "AI Action Summit"), ("Chile", "PARTICIPATES_IN", "AI Action Summit"),
            ("Kenya", "PARTICIPATES_IN", "AI Action Summit")} <= t


def test_a_summit_due_or_scheduled_to_be_hosted_by_a_state_is_hosted_but_not_one_said_to_be(extractor) -> None:
    due = extract(extractor, "Officials met ahead of the AI Action Summit, which is due to be hosted by Norway.")
    said = extract(extractor, "Kestrel Labs is said to be backed by Nvidia.")
    assert ("Norway", "HOSTS", "AI Action Summit") in triples(due)
    assert not triples(said)


def test_a_hyphenated_pair_of_states_before_alliance_are_allies_not_a_new_body(extractor) -> None:
    ex = extract(extractor, "Over the past decade the Norway-Chile Alliance has grown stronger.")
    assert ("Chile", "ALLIED_WITH", "Norway") in triples(ex) or ("Norway", "ALLIED_WITH", "Chile") in triples(ex)
    assert "Organization" not in types(ex).values()


def test_a_capitalised_of_phrase_continues_a_paired_treaty_name(extractor) -> None:
    ex = extract(extractor, "They said Article 5 of the Norway-Chile Treaty of Friendship and Commerce applies.")
    assert types(ex).get("Norway-Chile Treaty of Friendship and Commerce") == "Policy"


def test_a_fellow_of_a_learned_society_is_honoured_not_employed_but_a_senior_fellow_is(extractor) -> None:
    ex = extract(extractor, "Ada Quist is a fellow of the Kestrel Society of Engineers. Tom Berg is a senior fellow at "
                            "the Kestrel Institute.")
    t = triples(ex)
    assert ("Tom Berg", "WORKS_FOR", "Kestrel Institute") in t
    assert not any(s == "Ada Quist" for s, _, _ in t)


def test_being_named_to_an_award_or_a_ranking_is_no_post_at_the_namer(extractor) -> None:
    ex = extract(extractor, "Ada Quist was named Engineer of the Year by Kestrel Publishing Inc. in 2019. Tom Berg was named chief "
                            "executive by Kestrel Studios.")
    t = triples(ex)
    assert "Kestrel Publishing Inc." in names(ex).values()
    assert not any(o == "Kestrel Publishing Inc." for _, _, o in t)
    assert ("Tom Berg", "WORKS_FOR", "Kestrel Studios") in t


def test_a_ministers_portfolio_and_a_heading_are_not_companies(extractor) -> None:
    ex = extract(extractor, "Partners for Tomorrow\n\nI thank the Minister for Energy, Mining and the Blue Economy, Dr "
                            "Ada Quist, for her work.")
    assert "Firm" not in types(ex).values()


def test_a_capitalised_name_before_a_lowercase_plan_is_the_plan(extractor) -> None:
    ex = extract(extractor, "The government today launches its National Robotics plan for the decade.")
    assert types(ex).get("National Robotics plan") == "Policy"


def test_it_never_stands_for_a_person_and_the_government_is_the_only_state_named(extractor) -> None:
    ex = extract(extractor, "Ada Quist spoke to Norway's industry groups on Monday. That is the message from the Federal "
                            "Government today as it launches its National Robotics plan.")
    t = triples(ex)
    assert ("Norway", "ENACTS", "National Robotics plan") in t
    assert not any(s == "Ada Quist" for s, _, _ in t)


def test_leaders_celebrating_cooperation_make_their_states_partners_not_themselves(extractor) -> None:
    ex = extract(extractor, "Today, we, President Ada Quist of Chile and Prime Minister Tom Berg of Norway, celebrate "
                            "this new era of cooperation.")
    t = triples(ex)
    assert not any(r == "PARTNERS_WITH" and {s, o} == {"Ada Quist", "Tom Berg"} for s, r, o in t)


def test_each_comma_joined_place_after_based_in_is_where_the_firm_is(extractor) -> None:
    ex = extract(extractor, "Kestrel Robotics is a company based in Shenzhen, Guangdong, South China.")
    t = triples(ex)
    assert {("Kestrel Robotics", "BASED_IN", p) for p in ("Shenzhen", "Guangdong", "South China")} <= t


def test_a_demonym_far_before_company_through_a_noun_modifier_places_the_subject(extractor) -> None:
    ex = extract(extractor, "Kestrel Robotics Inc. is a Chinese multinational telecommunications equipment and consumer "
                            "electronics company.")
    assert ("Kestrel Robotics Inc.", "BASED_IN", "China") in triples(ex)


def test_putting_a_firm_on_an_unnamed_blacklist_restricts_it_but_a_reading_list_does_not(extractor) -> None:
    listed = extract(extractor, "In 2019 the US government put Kestrel Robotics Inc. on a blacklist.")
    read = extract(extractor, "Ada Quist put Kestrel Robotics Inc. on a reading list.")
    assert ("United States", "RESTRICTS", "Kestrel Robotics Inc.") in triples(listed)
    assert not triples(read)


def test_a_place_before_a_word_for_a_company_and_its_name_is_where_it_is(extractor) -> None:
    ex = extract(extractor, "Hong Kong newspaper South China Morning Post reported the deal. Texas chipmaker Kestrel "
                            "Semiconductor denied it.")
    t = triples(ex)
    assert types(ex)["Hong Kong"] == "Location"
    assert {("South China Morning Post", "BASED_IN", "Hong Kong"), ("Kestrel Semiconductor", "BASED_IN", "Texas")} <= t


def test_a_product_of_a_company_is_developed_by_it(extractor) -> None:
    ex = extract(extractor, "Claude is an AI assistant product of Anthropic.")
    assert ("Anthropic", "DEVELOPS", "Claude") in triples(ex)


def test_a_full_name_after_a_name_is_that_entity_and_a_bracketed_unit_is_no_name(extractor) -> None:
    ex = extract(extractor, "Ernie Bot, full name Enhanced Representation through Knowledge Integration, was trained on a "
                            "4 terabyte (TB) corpus.")
    assert set(types(ex)) == {"Ernie Bot"}
    assert "Enhanced Representation through Knowledge Integration" in next(e.aliases for e in ex.entities)


def test_a_versioned_model_name_and_one_capitalised_word_is_one_variant(extractor) -> None:
    ex = extract(extractor, 'Baidu trained "Ernie 3.0 Titan" in 2021 and OpenAI released GPT-4 Tuesday.')
    t = types(ex)
    assert t.get("Ernie 3.0 Titan") == "AIModel" and "Titan" not in t and t.get("GPT-4") == "AIModel"


def test_a_speech_delivered_by_someone_at_an_event_is_their_taking_part_and_stops_before_a_weekday(extractor) -> None:
    ex = extract(extractor, "A speech delivered by Ada Quist at the AI Action Summit on Monday 10 February.")
    assert ("Ada Quist", "PARTICIPATES_IN", "AI Action Summit") in triples(ex)
    assert not any("Monday" in n for n in types(ex))


def test_an_action_noun_subject_and_names_coordinated_with_it_are_no_actors(extractor) -> None:
    ex = extract(extractor, "The removal of Indian entities Kestrel Rare Earths, Kestrel Atomic Research Center (KARC), "
                            "and Bhabha Atomic Research Center (BARC) will support U.S. foreign policy objectives.")
    assert not any(r == "SUPPORTS" for _, r, _ in triples(ex))


def test_a_capitalised_run_after_an_indefinite_article_is_no_name(extractor) -> None:
    ex = extract(extractor, "This plan, as directed by a Presidential Strategy Order on January 23, sets priorities.")
    assert not types(ex)


def test_a_person_who_set_something_out_at_an_event_in_a_city_took_part_and_the_city_hosts(extractor) -> None:
    ex = extract(extractor, "As set out by President Ada Quist at the AI Action Summit in February 2025 in Paris, the plan "
                            "will change the industry.")
    t = triples(ex)
    assert {("Ada Quist", "PARTICIPATES_IN", "AI Action Summit"), ("Paris", "HOSTS", "AI Action Summit")} <= t


def test_a_minister_named_in_brackets_after_the_office_hansard_style(extractor) -> None:
    ex = extract(extractor, "The Parliamentary Under-Secretary of State for Science, Innovation and Technology (Ada Quist)\n"
                            "I am publishing a Command Paper today.")
    assert types(ex).get("Ada Quist") == "Person"
    assert ("Ada Quist", "WORKS_FOR", "Department for Science, Innovation and Technology") in triples(ex)


def test_a_joint_administrations_possession_is_the_presidents_alone(extractor) -> None:
    ex = extract(extractor, "The Biden-Harris Administration’s Kestrel Robotics Act is a once-in-a-generation opportunity.")
    t = triples(ex)
    assert ("Joe Biden", "ENACTS", "Kestrel Robotics Act") in t
    assert not any(s == "Kamala Harris" for s, _, _ in t)


def test_the_company_followed_by_its_name_is_that_company_not_the_one_before(extractor) -> None:
    ex = extract(extractor, "Ada Quist worked at OpenAI. In 2024 she co-founded the company Safe Superintelligence Inc., "
                            "alongside Tom Berg.")
    t = triples(ex)
    assert {("Ada Quist", "FOUNDED", "Safe Superintelligence"), ("Tom Berg", "FOUNDED", "Safe Superintelligence")} <= t
    assert ("Tom Berg", "FOUNDED", "OpenAI") not in t
    assert "Safe Superintelligence Inc." in next(e.aliases for e in ex.entities if e.name == "Safe Superintelligence")


def test_a_verb_coordinated_with_a_copula_shares_its_at_object(extractor) -> None:
    ex = extract(extractor, "Ada Quist co-founded and was chief scientist at OpenAI.")
    assert {("Ada Quist", "FOUNDED", "OpenAI"), ("Ada Quist", "WORKS_FOR", "OpenAI")} <= triples(ex)


def test_a_name_called_a_network_or_listed_with_models_is_a_model(extractor) -> None:
    ex = extract(extractor, "He co-invented AlexNet, a convolutional neural network, and worked on GPT models and on "
                            "CLIP, DALL-E, and AlphaGo.")
    t = types(ex)
    assert t.get("AlexNet") == "AIModel" and t.get("GPT") == "AIModel" and t.get("CLIP") == "AIModel"


def test_a_stock_exchange_after_a_place_is_a_company_and_a_science_park_a_place(extractor) -> None:
    ex = extract(extractor, "Kestrel Robotics Inc. is listed on the Taiwan Stock Exchange and has offices in the Hsinchu "
                            "Science Park.")
    t = types(ex)
    assert t.get("Taiwan Stock Exchange") == "Firm" and t.get("Hsinchu Science Park") == "Location"


def test_it_is_the_worlds_largest_company_with_headquarters_located_in_places(extractor) -> None:
    ex = extract(extractor, "Kestrel Robotics Inc. makes chips. It is the world's largest foundry, and its country's "
                            "largest company, with headquarters and main operations located in the Hsinchu Science Park "
                            "in Hsinchu, Taiwan.")
    t = triples(ex)
    assert {("Kestrel Robotics Inc.", "BASED_IN", p) for p in ("Hsinchu Science Park", "Hsinchu")} <= t


def test_becoming_chairman_in_a_sentence_naming_one_company_and_ousting_as_its_ceo(extractor) -> None:
    ex = extract(extractor, "When Ada Quist retired in 2018, after 31 years of Kestrel Robotics Inc. leadership, Tom Berg "
                            "became chairman. In 2023 the board of OpenAI ousted Sam Altman as its CEO.")
    t = triples(ex)
    assert {("Tom Berg", "LEADS", "Kestrel Robotics Inc."), ("Sam Altman", "LEADS", "OpenAI")} <= t


def test_the_same_person_in_another_name_order_inside_a_script_bracket_is_one_person(extractor) -> None:
    ex = extract(extractor, "Hiroshi Tanaka (Japanese: 田中 博, romanized: Tanaka Hiroshi; born 1957) is a Japanese "
                            "businessman. He is the founder of Kestrel Robotics Inc.")
    assert [e.name for e in ex.entities if e.type == "Person"] == ["Hiroshi Tanaka"]
    assert ("Hiroshi Tanaka", "FOUNDED", "Kestrel Robotics Inc.") in triples(ex)


def test_relatives_are_people_a_capitalised_modifier_and_a_people_are_not(extractor) -> None:
    ex = extract(extractor, "His mother Prabhavati was a Sanskrit lecturer. A third-generation Zainichi Korean, he moved.")
    assert types(ex) == {"Prabhavati": "Person"}


def test_a_known_surname_inside_another_full_name_and_a_service_officer(extractor) -> None:
    ex = extract(extractor, "Satya Nadella leads Microsoft. His father, Bukkapuram Nadella Yugandhar, was an Indian "
                            "Administrative Service officer.")
    t = triples(ex)
    assert "Bukkapuram Nadella Yugandhar" in types(ex)
    assert any(s == "Bukkapuram Nadella Yugandhar" and r == "WORKS_FOR" for s, r, _ in t)
    assert not any(s == "Satya Nadella" and o != "Microsoft" for s, _, o in t)


def test_majority_owned_by_makes_it_part_of_the_owner_even_three_sentences_on(extractor) -> None:
    ex = extract(extractor, "Kestrel Robotics Inc. is a British chip company. It also designs other chips. It also holds "
                            "shares of other companies. Since 2016, it has been majority owned by Japanese conglomerate "
                            "SoftBank Group.")
    t = triples(ex)
    assert {("Kestrel Robotics Inc.", "PART_OF", "SoftBank"), ("SoftBank", "BASED_IN", "Japan")} <= t


def test_a_firms_competitors_include_rivals_not_parts(extractor) -> None:
    ex = extract(extractor, "Kestrel Robotics Inc.'s main competitors include IBM, Intel and AMD.")
    t = triples(ex)
    assert ("Kestrel Robotics Inc.", "COMPETES_WITH", "IBM") in t or ("IBM", "COMPETES_WITH", "Kestrel Robotics Inc.") in t
    assert not any(r == "PART_OF" for _, r, _ in t)


def test_whom_a_leader_succeeded_as_ceo_led_the_same_company(extractor) -> None:
    ex = extract(extractor, "He is the chief executive of Microsoft, succeeding Steve Ballmer in 2014 as CEO and John W. "
                            "Thompson in 2021 as chairman.")
    assert {("Steve Ballmer", "LEADS", "Microsoft"), ("John W. Thompson", "LEADS", "Microsoft")} <= triples(ex)


def test_a_dashed_campus_is_one_university_and_brands_are_not_places(extractor) -> None:
    ex = extract(extractor, "He studied at the University of Wisconsin–Milwaukee. The firm sells tools under the DS-5, "
                            "RealView and Keil brands.")
    assert types(ex) == {"University of Wisconsin–Milwaukee": "Organization"}


def test_a_hyphenated_state_pair_whose_second_state_takes_several_words(extractor) -> None:
    ex = extract(extractor, "The commitments form part of a new UK-Republic of Korea Accord.")
    t = triples(ex)
    assert {("United Kingdom", "PARTICIPATES_IN", "UK-Republic of Korea Accord"),
            ("South Korea", "PARTICIPATES_IN", "UK-Republic of Korea Accord")} <= t


def test_a_one_word_name_called_a_service_or_listed_with_a_company_is_a_company(extractor) -> None:
    ex = extract(extractor, "Sam Altman studied for a year before dropping out and co-founding Loopt, a smartphone "
                            "geosocial networking service. He "
                            "has served as the chairman of clean energy companies Helion Energy and Oklo.")
    t = types(ex)
    assert t.get("Loopt") == "Firm" and t.get("Oklo") == "Firm"
    assert ("Sam Altman", "FOUNDED", "Loopt") in triples(ex)


def test_an_agreement_named_with_its_parties_after_between_is_one_policy_they_take_part_in(extractor) -> None:
    ex = extract(extractor, "Both sides renewed the Trade agreement between the Government of Chile and the Government "
                            "of the Republic of India, signed in 2006. Separately, the Memorandum of Understanding "
                            "between Canada and Cohere on public services was published.")
    t = triples(ex)
    pact = "Trade agreement between the Government of Chile and the Government of the Republic of India"
    mou = "Memorandum of Understanding between Canada and Cohere on public services"
    assert {("Chile", "PARTICIPATES_IN", pact), ("India", "PARTICIPATES_IN", pact),
            ("Canada", "PARTICIPATES_IN", mou), ("Cohere", "PARTICIPATES_IN", mou)} <= t
    assert types(ex)[pact] == "Policy"


def test_a_lowercase_agreement_between_parties_is_a_description_not_a_name(extractor) -> None:
    ex = extract(extractor, "Officials said a memorandum of understanding between Japan and India was close.")
    assert set(types(ex)) == {"Japan", "India"}


def test_every_person_in_a_subject_of_titles_and_names_is_an_actor(extractor) -> None:
    ex = extract(extractor, "Yesterday, French Minister for the Armed Forces Sébastien Lecornu, Indian Minister of "
                            "External Affairs Dr. Subrahmanyam Jaishankar, and German Minister for Digital and "
                            "Transport Volker Wissing attended the AI Action Summit in Paris.")
    t = triples(ex)
    assert {("Sébastien Lecornu", "PARTICIPATES_IN", "AI Action Summit"),
            ("Subrahmanyam Jaishankar", "PARTICIPATES_IN", "AI Action Summit"),
            ("Volker Wissing", "PARTICIPATES_IN", "AI Action Summit")} <= t


def test_a_possessor_in_a_list_of_names_is_not_an_actor(extractor) -> None:
    ex = extract(extractor, "Yesterday, Macron's adviser Clara Chappaz, Minister Jean-Noël Barrot, and Minister Volker "
                            "Wissing attended the AI Action Summit in Paris.")
    assert ("Emmanuel Macron", "PARTICIPATES_IN", "AI Action Summit") not in triples(ex)


def test_a_demonym_class_noun_before_a_colon_list_places_every_listed_company(extractor) -> None:
    ex = extract(extractor, "The consortium was formed in 2021 with the support of five major Korean companies: Samsung "
                            "Electronics, SK hynix, LG Electronics, Naver, and Kakao.")
    t = triples(ex)
    firms = ["Samsung Electronics", "SK Hynix", "Naver"]
    assert {(f, "BASED_IN", "South Korea") for f in firms} <= t


def test_those_with_whose_support_a_body_was_set_up_support_it(extractor) -> None:
    ex = extract(extractor, "Sakana AI was established in 2023 with the support of Nvidia and NTT.")
    t = triples(ex)
    assert {("Nvidia", "SUPPORTS", "Sakana AI"), ("NTT", "SUPPORTS", "Sakana AI")} <= t
    hedged = extract(extractor, "Sakana AI could be established with the support of Nvidia.")
    assert ("Nvidia", "SUPPORTS", "Sakana AI") not in triples(hedged)


def test_partnerships_that_are_between_pairs_pair_each_between_phrase_only(extractor) -> None:
    ex = extract(extractor, "The new partnerships are between Stanford University and the University of Tokyo, and "
                            "between Harvard University and Keio University.")
    t = {tuple(sorted((s, o))) for s, r, o in triples(ex) if r == "PARTNERS_WITH"}
    assert t == {("Stanford University", "University of Tokyo"), ("Harvard University", "Keio University")}


def test_a_state_qualified_department_head_works_for_the_state_in_apposition_and_after_served_as(extractor) -> None:
    ex = extract(extractor, "Howard Lutnick, the 41st U.S. Secretary of Commerce, spoke on Monday.")
    t = triples(ex)
    assert ("Howard Lutnick", "WORKS_FOR", "United States") in t and ("Howard Lutnick", "LEADS", "United States") not in t
    ex = extract(extractor, "Wilbur Ross is an investor. He served as the 39th U.S. Secretary of Commerce.")
    assert ("Wilbur Ross", "WORKS_FOR", "United States") in triples(ex)


def test_an_office_word_before_a_capitalised_family_name_reads_the_name_family_first(extractor) -> None:
    ex = extract(extractor, "Guests: Sony CFO TOTOKI Hiroki, Hitachi Provost KATO Yumiko, and others.")
    t = triples(ex)
    assert {("Hiroki Totoki", "WORKS_FOR", "Sony"), ("Yumiko Kato", "WORKS_FOR", "Hitachi")} <= t


def test_the_first_word_of_a_two_word_company_with_a_generic_head_names_it_later(extractor) -> None:
    ex = extract(extractor, "Kestrel Memory was founded in 2001. Kestrel was acquired by Micron Technology in 2013.")
    assert ("Micron Technology", "ACQUIRES", "Kestrel Memory") in triples(ex)


def test_taking_over_the_business_of_a_company_is_no_acquisition_of_it(extractor) -> None:
    ex = extract(extractor, "Later, Fujitsu took over the business of Hitachi and expanded.")
    t = triples(ex)
    assert ("Fujitsu", "ACQUIRES", "Hitachi") not in t
    ex = extract(extractor, "In 2019 Fujitsu acquired Kioxia and later took over the business of Hitachi.")
    assert ("Fujitsu", "ACQUIRES", "Kioxia") in triples(ex)


def test_a_definite_lowercase_agreement_two_hyphenated_states_open_is_a_policy_both_take_part_in(extractor) -> None:
    ex = extract(extractor, "Trade grew after the 1991 India-Japan trade agreement took effect.")
    t = triples(ex)
    pact = "India-Japan trade agreement"
    assert {("India", "PARTICIPATES_IN", pact), ("Japan", "PARTICIPATES_IN", pact)} <= t
    ex = extract(extractor, "They signed a India-Japan agreement.")
    assert not any(o == pact for _, _, o in triples(ex))


def test_names_listed_after_a_plural_word_for_hardware_are_hardware_the_subject_makes(extractor) -> None:
    ex = extract(extractor, "Sony has also created gaming devices like the Steam Deck and Steam Controller.")
    assert types(ex).get("Steam Deck") == "Hardware" and types(ex).get("Steam Controller") == "Hardware"
    assert {("Sony", "DEVELOPS", "Steam Deck"), ("Sony", "DEVELOPS", "Steam Controller")} <= triples(ex)


def test_a_demonym_before_multinational_corporation_places_the_copula_subject(extractor) -> None:
    ex = extract(extractor, "NXP Semiconductors is a Dutch multinational corporation founded in 2006.")
    assert ("NXP Semiconductors", "BASED_IN", "Netherlands") in triples(ex)


def test_a_known_company_with_a_word_and_a_state_after_it_names_its_national_unit_based_there(extractor) -> None:
    ex = extract(extractor, "The plan was filed by Samsung Foundry Korea and Micron Technology.")
    assert types(ex).get("Samsung Foundry Korea") == "Firm"
    assert ("Samsung Foundry Korea", "BASED_IN", "South Korea") in triples(ex)


def test_a_company_that_changed_its_name_keeps_one_entity(extractor) -> None:
    ex = extract(extractor, "Kestrel Memory was founded in 1999. Kestrel was bought by Micron Technology in 2013, "
                            "and changed its name to Micron Storage Japan in 2014.")
    assert "Micron Storage Japan" not in types(ex)
    assert ("Micron Technology", "ACQUIRES", "Kestrel Memory") in triples(ex)


def test_a_deputy_prime_minister_serves_the_government_and_does_not_lead_it(extractor) -> None:
    ex = extract(extractor, "Australia is investing in AI. Deputy Prime Minister Marles thanked the researchers.")
    t = triples(ex)
    assert ("Richard Marles", "WORKS_FOR", "Australia") in t and ("Richard Marles", "LEADS", "Australia") not in t


def test_a_budget_named_by_its_year_is_a_policy_no_one_invests_in(extractor) -> None:
    ex = extract(extractor, "The government of Canada is committing $2.4 billion in Budget 2024 to secure its lead.")
    assert types(ex).get("Budget 2024") == "Policy"
    assert not any(o == "Budget 2024" and r == "INVESTS_IN" for _, r, o in triples(ex))


def test_a_fund_named_for_access_or_innovation_is_a_programme(extractor) -> None:
    ex = extract(extractor, "Applications open for the Quantum Skills Fund and the Strategic Innovation Fund next week.")
    assert types(ex).get("Quantum Skills Fund") == "Policy" and types(ex).get("Strategic Innovation Fund") == "Policy"


def test_someone_in_a_talk_with_another_at_an_event_and_the_other_both_take_part(extractor) -> None:
    ex = extract(extractor, "Today, Emmanuel Macron joined a panel discussion with researcher Yann LeCun at VivaTech "
                            "Conference in Paris.")
    t = triples(ex)
    assert {("Emmanuel Macron", "PARTICIPATES_IN", "VivaTech"), ("Yann LeCun", "PARTICIPATES_IN", "VivaTech")} <= t


def test_a_bare_head_of_government_title_with_the_name_in_apposition_leads_the_government(extractor) -> None:
    ex = extract(extractor, "Japan invests in chips. Today, the Prime Minister, Shigeru Ishiba, visited a plant.")
    assert ("Shigeru Ishiba", "LEADS", "Japan") in triples(ex)
    ex = extract(extractor, "Japan invests in chips. Today, the Minister, Taro Kono, visited a plant.")
    assert ("Taro Kono", "LEADS", "Japan") not in triples(ex)


def test_a_coordinated_passive_participle_has_its_own_agents_and_shares_the_patient(extractor) -> None:
    ex = extract(extractor, "The Framework Convention on Artificial Intelligence was drafted by the Council of Europe "
                            "and signed by Andorra, Georgia and Norway.")
    convention = "Framework Convention on Artificial Intelligence"
    assert {(s, "PARTICIPATES_IN", convention) for s in ("Andorra", "Georgia", "Norway")} <= triples(ex)


def test_an_order_signed_by_a_president_in_a_year_is_enacted_by_them(extractor) -> None:
    ex = extract(extractor, "The rule cites Executive Order 14110, signed by President Biden in 2023.")
    assert ("Joe Biden", "ENACTS", "Executive Order 14110") in triples(ex)


def test_a_speech_delivered_to_an_event_is_taking_part_in_it(extractor) -> None:
    ex = extract(extractor, "Prime Minister Kishida delivered a video message to the AI Seoul Summit.")
    assert ("Fumio Kishida", "PARTICIPATES_IN", "AI Seoul Summit") in triples(ex)
    ex = extract(extractor, "Prime Minister Kishida sent his greetings to President Biden.")
    assert not any(r == "PARTICIPATES_IN" for _, r, _ in triples(ex))


def test_an_action_a_clause_bars_someone_from_is_no_claim(extractor) -> None:
    ex = extract(extractor, "Washington has barred Nvidia from selling its H20 chips to China.")
    t = triples(ex)
    assert ("United States", "RESTRICTS", "Nvidia") in t
    assert not any(r == "SUPPLIES" for _, r, _ in t)


def test_a_means_clause_acts_for_the_main_subject_and_a_banned_trade_restricts_its_destination(extractor) -> None:
    ex = extract(extractor, "Beijing retaliated by banning exports of gallium and germanium to the United States.")
    assert ("China", "RESTRICTS", "United States") in triples(ex)


def test_investing_billions_in_a_company_is_investing_in_it(extractor) -> None:
    ex = extract(extractor, "Amazon and Google have invested billions in Anthropic.")
    assert {("Amazon", "INVESTS_IN", "Anthropic"), ("Google", "INVESTS_IN", "Anthropic")} <= triples(ex)


@pytest.mark.parametrize("text", [
    "Tencent, a rival of Alibaba, also unveiled a reasoning model.",
    "Tencent is a competitor of Alibaba.",
    "Alibaba's rival Tencent unveiled a model.",
])
def test_a_rival_noun_makes_the_two_companies_competitors(extractor, text: str) -> None:
    t = triples(extract(extractor, text))
    assert ("Alibaba", "COMPETES_WITH", "Tencent") in t or ("Tencent", "COMPETES_WITH", "Alibaba") in t
    assert ("Tencent", "PART_OF", "Alibaba") not in t


def test_a_company_called_a_name_is_that_company_and_forming_it_founds_it(extractor) -> None:
    ex = extract(extractor, "Sony and Nvidia formed a joint venture called SN Robotics Japan.")
    assert types(ex).get("SN Robotics Japan") == "Firm"
    assert {("Sony", "FOUNDED", "SN Robotics Japan"), ("Nvidia", "FOUNDED", "SN Robotics Japan")} <= triples(ex)


def test_a_states_accession_to_a_body_makes_it_a_member_and_steps_towards_joining_do_not(extractor) -> None:
    ex = extract(extractor, "We mark the anniversary of Chile's accession to the OECD. We welcome Indonesia "
                            "recently starting off on steps towards joining the OECD.")
    t = triples(ex)
    assert ("Chile", "MEMBER_OF", "OECD") in t and ("Indonesia", "MEMBER_OF", "OECD") not in t


def test_a_surname_after_a_title_is_the_one_known_person_and_leads_the_body_the_kb_gives_them(extractor) -> None:
    ex = extract(extractor, "Chile joined the OECD in 2010. Secretary-General Cormann welcomed the report.")
    assert ("Mathias Cormann", "LEADS", "OECD") in triples(ex)


def test_first_person_words_stand_for_the_speaker_a_heading_names(extractor) -> None:
    ex = extract(extractor, "Remarks by Prime Minister Kishida at the Summit\n\nJapan is proud. During the AI Seoul "
                            "Summit, in my keynote speech I spoke on safety.")
    assert ("Fumio Kishida", "PARTICIPATES_IN", "AI Seoul Summit") in triples(ex)
    ex = extract(extractor, "Japan is proud. During the AI Seoul Summit, in my keynote speech I spoke on safety.")
    assert not any(r == "PARTICIPATES_IN" and s != "Japan" for s, r, _ in triples(ex))


def test_a_possessors_tenure_as_an_office_holds_that_office(extractor) -> None:
    ex = extract(extractor, "Press Conference by Prime Minister Kishida\n\nJapan is proud. I helped institute it during "
                            "my tenure as Foreign Minister.")
    assert ("Fumio Kishida", "LEADS", "Ministry of Foreign Affairs of Japan") in triples(ex)


def test_a_companys_funders_listed_after_a_copula_invest_in_it(extractor) -> None:
    ex = extract(extractor, "Stargate LLC is a joint venture created by OpenAI. The venture's initial equity funders "
                            "are SoftBank, Oracle and MGX.")
    assert {(f, "INVESTS_IN", "Stargate") for f in ("SoftBank", "Oracle", "MGX")} <= triples(ex)


@pytest.mark.parametrize("text, expected", [
    ("Microsoft is OpenAI's largest investor.", ("Microsoft", "INVESTS_IN", "OpenAI")),
    ("Nvidia is a major shareholder in CoreWeave.", ("Nvidia", "INVESTS_IN", "CoreWeave")),
    ("SoftBank owns 90 percent of Arm.", ("SoftBank", "INVESTS_IN", "Arm")),
    ("Apple is a customer of TSMC.", ("TSMC", "SUPPLIES", "Apple")),
])
def test_a_role_a_company_holds_towards_another_states_the_tie(extractor, text: str, expected) -> None:
    assert expected in triples(extract(extractor, text))


def test_companies_that_are_partners_of_another_partner_with_it(extractor) -> None:
    ex = extract(extractor, "Arm, Microsoft and Oracle are the key technology partners of Cohere.")
    t = {tuple(sorted((s, o))) for s, r, o in triples(ex) if r == "PARTNERS_WITH"}
    assert t == {("Arm", "Cohere"), ("Cohere", "Microsoft"), ("Cohere", "Oracle")}


def test_a_states_minister_named_with_a_possessive_serves_it_and_its_prime_minister_leads_it(extractor) -> None:
    t = triples(extract(extractor, "Canada's Minister of Innovation, Science and Industry, François-Philippe Champagne, "
                                   "launched the strategy."))
    assert ("François-Philippe Champagne", "WORKS_FOR", "Canada") in t
    assert ("François-Philippe Champagne", "LEADS", "Canada") not in t


def test_delegates_from_states_attending_an_event_are_those_states_taking_part(extractor) -> None:
    ex = extract(extractor, "Delegates from France, Germany and Italy attended the AI Action Summit.")
    assert {(s, "PARTICIPATES_IN", "AI Action Summit") for s in ("France", "Germany", "Italy")} <= triples(ex)


def test_the_government_of_a_state_acts_as_that_state(extractor) -> None:
    ex = extract(extractor, "The government of Canada announced an investment of $240 million in Cohere.")
    assert ("Canada", "INVESTS_IN", "Cohere") in triples(ex)


def test_a_body_named_after_with_on_a_verb_of_making_is_a_partner(extractor) -> None:
    assert ("OpenAI", "PARTNERS_WITH", "Oracle") in triples(
        extract(extractor, "OpenAI will build the first data centre in Abilene, Texas, with Oracle."))
    assert not triples(extract(extractor, "The model was trained with Nvidia chips."))


def test_a_subject_the_parser_hung_on_a_fronted_phrase_still_acts(extractor) -> None:
    ex = extract(extractor, "As part of the Prime Minister's State Visit, Japan and Canada have agreed the Digital "
                            "Partnership Accord, focused on developing new technologies.")
    assert {("Japan", "PARTICIPATES_IN", "Digital Partnership Accord"),
            ("Canada", "PARTICIPATES_IN", "Digital Partnership Accord")} <= triples(ex)


def test_a_membership_noun_with_the_body_before_it_makes_the_owner_a_member(extractor) -> None:
    ex = extract(extractor, "This year, Chile celebrates the anniversary of its OECD membership.")
    assert ("Chile", "MEMBER_OF", "OECD") in triples(ex)


def test_a_venture_described_by_the_copula_is_founded_by_its_makers_and_based_in_its_state(extractor) -> None:
    ex = extract(extractor, "Nimbus Compute, incorporated in Nevada as Nimbus Holdings LLC, is a Canadian cloud computing "
                            "(CC) joint venture created by Cohere and Telus.")
    t = triples(ex)
    assert {("Cohere", "FOUNDED", "Nimbus Compute"), ("TELUS", "FOUNDED", "Nimbus Compute"),
            ("Nimbus Compute", "BASED_IN", "Canada"), ("Nimbus Compute", "BASED_IN", "Nevada")} <= t
    assert ("Cohere", "BASED_IN", "Canada") not in t  # the makers are not what the demonym describes


def test_a_name_before_from_a_company_works_for_it_unless_the_article_makes_them_its_leader(extractor) -> None:
    ex = extract(extractor, "Telus's chief executive Darren Entwistle backed the plan. The minister unveiled it in "
                            "Ottawa, accompanied by Aidan Gomez from Cohere, Darren Entwistle from Telus and Mary Ng from Canada.")
    t = triples(ex)
    assert ("Aidan Gomez", "WORKS_FOR", "Cohere") in t
    assert ("Darren Entwistle", "LEADS", "TELUS") in t and ("Darren Entwistle", "WORKS_FOR", "TELUS") not in t
    assert ("Mary Ng", "WORKS_FOR", "Canada") not in t  # 'from' a state gives where someone is from


def test_a_description_in_the_predicate_does_not_refer_to_the_subjects_owner(extractor) -> None:
    ex = extract(extractor, "Nimbus Compute is a joint venture created by Cohere and Telus. Telus's chief executive "
                            "Darren Entwistle is the venture's chairman.")
    assert ("Darren Entwistle", "LEADS", "Nimbus Compute") in triples(ex)


def test_policies_a_participle_places_in_a_larger_policy_are_its_parts(extractor) -> None:
    ex = extract(extractor, "The minister announced a consultation on the design of a new Quantum Access Fund and a "
                            "National Quantum Strategy proposed in Budget 2025.")
    assert {("Quantum Access Fund", "PART_OF", "Budget 2025"), ("National Quantum Strategy", "PART_OF", "Budget 2025")} <= triples(ex)
    assert ("Digital Skills Programme", "PART_OF", "Industrial Strategy") in triples(
        extract(extractor, "The Digital Skills Programme, included in the Industrial Strategy, will train 10,000 workers."))


def test_programmes_listed_under_a_policy_that_the_money_goes_through_are_its_parts(extractor) -> None:
    text = ("The National Quantum Strategy will invest up to $1 billion to meet two key objectives:\n\n"
            "  1. Up to $600 million to grow quantum firms through the Quantum Access Fund\n"
            "  2. Up to $400 million to train researchers through the Quantum Talent Programme\n\n"
            "The Strategy builds on the Industrial Strategy.")
    t = triples(extract(extractor, text))
    assert {("Quantum Access Fund", "PART_OF", "National Quantum Strategy"),
            ("Quantum Talent Programme", "PART_OF", "National Quantum Strategy")} <= t
    assert ("Industrial Strategy", "PART_OF", "National Quantum Strategy") not in t  # after the list, not in it


def test_a_bare_title_before_a_known_leader_mentions_the_body_they_lead(extractor) -> None:
    ex = extract(extractor, "At the summit, President von der Leyen launched a fund for AI start-ups.")
    assert types(ex).get("European Commission") == "Agency"
    assert ("Ursula von der Leyen", "LEADS", "European Commission") in triples(ex)


def test_policies_given_as_examples_of_a_bodys_programmes_are_its_parts(extractor) -> None:
    ex = extract(extractor, "The programmes of the National Compute Agency, such as the Cloud Access Scheme, select "
                            "hosting sites.")
    assert ("Cloud Access Scheme", "PART_OF", "National Compute Agency") in triples(ex)


def test_a_name_that_only_modifies_what_is_supported_is_not_supported(extractor) -> None:
    assert not any(r == "SUPPORTS" for _, r, _ in triples(
        extract(extractor, "Canada and Japan support the EU AI research ecosystem.")))
    assert ("Japan", "SUPPORTS", "EU AI Act") in triples(extract(extractor, "Japan supports the EU AI Act."))


def test_a_continent_adjective_opening_a_bodys_name_does_not_make_it_part_of_a_state(extractor) -> None:
    t = triples(extract(extractor, "The Commission will work with the European Investment Bank Group on the fund."))
    assert ("European Investment Bank", "PART_OF", "European Union") not in t
    assert ("US Department of Commerce", "PART_OF", "United States") in triples(
        extract(extractor, "The U.S. Department of Commerce issued the rule."))


def test_an_orders_short_form_and_its_quoted_title_name_the_same_order(extractor) -> None:
    ex = extract(extractor, "As directed by Executive Order 14999, “Advancing American Quantum Computing Leadership” "
                            "(E.O. 14999), the Department is establishing the Program.")
    policies = [e for e in ex.entities if e.type == "Policy"]
    assert [p.name for p in policies if "14999" in p.name or "Quantum" in p.name] == ["Executive Order 14999"]
    assert {"E.O. 14999", "Advancing American Quantum Computing Leadership"} <= set(
        next(p for p in policies if p.name == "Executive Order 14999").aliases)


def test_a_known_policys_name_tail_is_that_policy_where_its_context_is_named(extractor) -> None:
    ex = extract(extractor, "The G7 launched the Hiroshima AI Process, which produced the International Guiding "
                            "Principles and the International Code of Conduct.")
    assert {"Hiroshima Process International Guiding Principles", "Hiroshima Process International Code of Conduct"} <= set(
        types(ex))
    assert "Hiroshima Process International Code of Conduct" not in types(
        extract(extractor, "The firm adopted a new Code of Conduct for its staff."))  # no tie named: left alone


def test_a_sentence_final_full_stop_after_a_name_ending_in_a_capital_is_split_off(extractor) -> None:
    words = [t.text for t in extractor.nlp.tokenizer("It is a subsidiary of SpaceX. The U.S. and U.K. agreed.")]
    assert words[:6] == ["It", "is", "a", "subsidiary", "of", "SpaceX"] and words[6] == "."
    assert "U.S." in words and "U.K." in words


def test_a_relative_clause_on_the_predicate_noun_speaks_of_the_subject(extractor) -> None:
    ex = extract(extractor, "Nimbus Labs is an American company working in cloud computing that is a wholly owned "
                            "subsidiary of Telus.")
    assert ("Nimbus Labs", "PART_OF", "TELUS") in triples(ex)


def test_what_an_owners_products_are_it_develops(extractor) -> None:
    t = triples(extract(extractor, "Nimbus Labs is a Canadian company. The company's flagship products are the chatbot "
                                   "named Grok and the H100 chip."))
    assert ("Nimbus Labs", "DEVELOPS", "Grok") in t


def test_a_person_associated_with_a_body_works_for_it(extractor) -> None:
    t = triples(extract(extractor, "Igor Babuschkin, formerly associated with Google's DeepMind unit, joined the team. "
                                   "Dr. Lina Chen is affiliated with Mila."))
    assert {("Igor Babuschkin", "WORKS_FOR", "Google DeepMind"), ("Lina Chen", "WORKS_FOR", "Mila")} <= t
    assert ("Igor Babuschkin", "WORKS_FOR", "Google") not in t  # the unit, not its owner
    assert not triples(extract(extractor, "Firms associated with the Chinese military were listed."))


def test_a_name_that_only_modifies_the_owners_noun_owns_nothing(extractor) -> None:
    assert not triples(extract(extractor, 'Musk stated that "X Corp investors will own 25% of xAI".'))
    assert ("SoftBank", "INVESTS_IN", "Arm") in triples(extract(extractor, "SoftBank owns 90 percent of Arm."))


def test_a_state_named_in_words_of_its_own_before_a_body_makes_it_part_of_the_state(extractor) -> None:
    ex = extract(extractor, "The filing was made with the United States Securities and Exchange Commission.")
    assert ("Securities and Exchange Commission", "PART_OF", "United States") in triples(ex)


def test_a_subject_pronoun_keeps_the_topic_even_where_the_topic_cannot_be_the_subject(extractor) -> None:
    t = triples(extract(extractor, "The Quantum Act funds chip research with the aim of countering China. It also invests "
                                   "$17 billion in research at NASA and NIST."))
    assert not any(s == "China" for s, _, _ in t)


def test_a_fronted_participle_acts_on_the_clause_subject_and_a_pronoun_event_is_held_somewhere(extractor) -> None:
    t = triples(extract(extractor, "The Harbour AI Summit was an international conference on AI. Organized by the "
                                   "Canadian government, it was held in May 2024 in Halifax."))
    assert {("Canada", "HOSTS", "Harbour AI Summit"), ("Halifax", "HOSTS", "Harbour AI Summit")} <= t


def test_a_title_of_a_body_with_the_holders_name_in_apposition(extractor) -> None:
    t = triples(extract(extractor, "The chief executive of Nvidia, Jensen Huang, spoke. The prime minister of Canada, "
                                   "Mark Carney, spoke. The foreign minister of Japan, Yoko Kamikawa, spoke."))
    assert {("Jensen Huang", "LEADS", "Nvidia"), ("Mark Carney", "LEADS", "Canada"), ("Yoko Kamikawa", "WORKS_FOR", "Japan")} <= t
    assert ("Yoko Kamikawa", "LEADS", "Japan") not in t


def test_states_at_an_event_that_jointly_issue_an_agreement_take_part_in_both(extractor) -> None:
    text = ("The Harbour AI Summit was an international conference on AI held in Halifax. Twenty countries at the summit, "
            "including Canada, Japan and France, have issued an agreement known as the Halifax Declaration.")
    t = triples(extract(extractor, text))
    for state in ("Canada", "Japan", "France"):
        assert (state, "PARTICIPATES_IN", "Harbour AI Summit") in t
        assert (state, "PARTICIPATES_IN", "Halifax Declaration") in t
        assert (state, "ENACTS", "Halifax Declaration") not in t


def test_a_statute_enacted_by_one_body_and_signed_into_law_by_a_president(extractor) -> None:
    t = triples(extract(extractor, "The Quantum Act is a U.S. federal statute enacted by the 118th United States Congress "
                                   "and signed into law by President Joe Biden on May 9, 2024."))
    assert {("US Congress", "ENACTS", "Quantum Act"), ("Joe Biden", "ENACTS", "Quantum Act"),
            ("US Congress", "PART_OF", "United States")} <= t


def test_a_persons_name_between_two_places_is_a_place(extractor) -> None:
    assert types(extract(extractor, "It was held at Bletchley Park, Milton Keynes, England.")).get("Milton Keynes") == "Location"


def test_a_body_said_to_be_an_institute_in_a_place_is_based_there(extractor) -> None:
    t = triples(extract(extractor, "Mila is a research institute in Montreal, Quebec, focusing on machine learning."))
    assert {("Mila", "BASED_IN", "Montreal"), ("Mila", "BASED_IN", "Quebec")} <= t


def test_names_fronted_with_along_with_share_the_subject_and_each_owner_keeps_its_own(extractor) -> None:
    t = triples(extract(extractor, "Along with Alberta's Amii and Toronto's Vector Institute, Mila is part of the "
                                   "Pan-Canadian Artificial Intelligence Strategy."))
    assert {(b, "PART_OF", "Pan-Canadian Artificial Intelligence Strategy") for b in ("Amii", "Vector Institute", "Mila")} <= t
    assert {("Amii", "BASED_IN", "Alberta"), ("Vector Institute", "BASED_IN", "Toronto")} <= t
    assert ("Amii", "BASED_IN", "Toronto") not in t and ("Vector Institute", "BASED_IN", "Alberta") not in t


def test_a_lab_at_a_university_is_part_of_it_and_its_co_directors_lead_it(extractor) -> None:
    t = triples(extract(extractor, "The Reasoning and Learning Lab (RL-Lab) at McGill University is co-directed by "
                                   "Professors Prakash Panangaden and Doina Precup."))
    assert {("Reasoning and Learning Lab", "PART_OF", "McGill University"),
            ("Prakash Panangaden", "LEADS", "Reasoning and Learning Lab"), ("Doina Precup", "LEADS", "Reasoning and Learning Lab")} <= t
    assert not triples(extract(extractor, "He gave a talk at McGill University."))


def test_staff_an_owners_members_include_work_for_it(extractor) -> None:
    t = triples(extract(extractor, "Yoshua Bengio founded Mila. Besides Bengio, Mila's faculty members include Joëlle "
                                   "Pineau and Doina Precup."))
    assert {("Joëlle Pineau", "WORKS_FOR", "Mila"), ("Doina Precup", "WORKS_FOR", "Mila"), ("Yoshua Bengio", "WORKS_FOR", "Mila")} <= t


def test_a_title_as_subject_with_its_holder_after_the_copula(extractor) -> None:
    t = triples(extract(extractor, "The Alan Turing Institute is a charity. The chair of the Alan Turing Institute, appointed "
                                   "in July 2022, is Doug Gurr. Between 2018 and 2023, the institute director and chief "
                                   "executive was Sir Adrian Smith."))
    assert {("Doug Gurr", "LEADS", "Alan Turing Institute"), ("Adrian Smith", "LEADS", "Alan Turing Institute")} <= t


def test_an_institution_word_with_of_and_a_place_is_one_name(extractor) -> None:
    ex = extract(extractor, "The institute was joined by Queen Mary University of London, University of Manchester, "
                            "University of Exeter and University of Bristol.")
    orgs = {n for n, ty in types(ex).items() if ty == "Organization"}
    assert {"Queen Mary University of London", "University of Manchester", "University of Exeter", "University of Bristol"} <= orgs
    assert not {"Manchester", "Bristol", "London"} & set(types(ex))


def test_parties_to_a_joint_venture_the_subject_is_are_its_members_not_pairwise_partners(extractor) -> None:
    t = triples(extract(extractor, "The Turing Lab is a charity. It is a joint venture among the University of Cambridge, "
                                   "the University of Edinburgh and the University of Warwick."))
    assert {(u, "MEMBER_OF", "Turing Lab") for u in ("University of Cambridge", "University of Edinburgh", "University of Warwick")} <= t
    assert not any(r == "PARTNERS_WITH" for _, r, _ in t)


def test_coordinated_subjects_of_join_are_partners_at_most_and_agents_of_a_passive_join_are_not(extractor) -> None:
    t = triples(extract(extractor, "In 2018, the institute was joined by three partners: University of Leeds, "
                                   "University of Manchester and University of Newcastle."))
    assert not any(r == "MEMBER_OF" and o.startswith("University") for _, r, o in t)


def test_a_funder_in_apposition_invests_in_what_it_funds(extractor) -> None:
    assert ("SoftBank", "INVESTS_IN", "OpenAI") in triples(extract(extractor, "SoftBank, the largest investor in OpenAI, spoke."))


def test_a_commission_of_a_state_is_part_of_it(extractor) -> None:
    t = triples(extract(extractor, "The National Security Commission on Artificial Intelligence (NSCAI) was an independent "
                                   "commission of the United States of America from 2018 to 2021."))
    assert ("National Security Commission on Artificial Intelligence", "PART_OF", "United States") in t


def test_a_fine_regulates_whom_it_is_imposed_on(extractor) -> None:
    assert ("European Commission", "REGULATES", "Google") in triples(
        extract(extractor, "The European Commission fined Google 2.4 billion euros."))


def test_restricting_exports_to_a_state_restricts_it_wherever_to_attaches(extractor) -> None:
    assert ("China", "RESTRICTS", "United States") in triples(
        extract(extractor, "Beijing retaliated by restricting exports of rare earths to the United States."))


def test_goods_bought_from_a_company_make_it_the_supplier(extractor) -> None:
    t = triples(extract(extractor, "Tencent and ByteDance have ordered H20 chips from Nvidia. Meta bought chips from AMD."))
    assert {("Nvidia", "SUPPLIES", "Tencent"), ("Nvidia", "SUPPLIES", "ByteDance"), ("AMD", "SUPPLIES", "Meta")} <= t
    t = triples(extract(extractor, "Nvidia bought Mellanox from its shareholders. SoftBank bought a stake from Uber."))
    assert not any(r == "SUPPLIES" for _, r, _ in t)


def test_a_name_hyphenated_to_backed_or_owned(extractor) -> None:
    assert ("Alibaba", "INVESTS_IN", "Moonshot AI") in triples(extract(extractor, "Alibaba-backed Moonshot AI released Kimi."))
    assert ("Ooredoo", "PART_OF", "Qatar") in triples(extract(extractor, "The Qatar-owned Ooredoo runs data centres."))


def test_the_maker_of_a_model_in_apposition_develops_it(extractor) -> None:
    assert ("Anthropic", "DEVELOPS", "Claude") in triples(extract(extractor, "Anthropic, the maker of Claude, raised money."))


def test_a_description_in_a_reported_clause_may_mean_the_owner_of_the_reporting_subject(extractor) -> None:
    t = triples(extract(extractor, "Microsoft's president Brad Smith said the company backs the EU AI Act."))
    assert ("Microsoft", "SUPPORTS", "EU AI Act") in t and ("Microsoft", "INVESTS_IN", "EU AI Act") not in t


def test_a_known_companys_capitalised_name_opening_a_paragraph_is_no_dateline(extractor) -> None:
    ex = extract(extractor, "TSMC, the world's largest contract chipmaker, is based in Hsinchu, Taiwan.")
    assert types(ex).get("TSMC") == "Firm" and ("TSMC", "BASED_IN", "Taiwan") in triples(ex)
    assert types(extract(extractor, "WASHINGTON — The Department of Commerce issued a rule.")).get("Washington, D.C.") == "Location"


def test_two_capitalised_words_after_an_office_word_are_its_holder(extractor) -> None:
    t = triples(extract(extractor, "OpenAI hired former Meta executive Fidji Simo as chief executive."))
    assert {("Fidji Simo", "WORKS_FOR", "Meta"), ("Fidji Simo", "WORKS_FOR", "OpenAI")} <= t


def test_restrictions_on_trade_to_a_state_restrict_or_lift_on_that_state(extractor) -> None:
    assert ("United States", "RESTRICTS", "China") in triples(
        extract(extractor, "The US imposed new curbs on AI chip exports to China."))
    assert ("Japan", "LIFTS_RESTRICTIONS_ON", "South Korea") in triples(
        extract(extractor, "Japan lifted restrictions on chip exports to South Korea."))


def test_a_fronted_under_phrase_names_who_leads_the_clause_subject(extractor) -> None:
    t = triples(extract(extractor, "Under Prime Minister Keir Starmer, the UK published an AI Opportunities Action Plan."))
    assert ("Keir Starmer", "LEADS", "United Kingdom") in t
    # a head of government leads the state, not the department that is the clause's subject
    t = triples(extract(extractor, "Under President Biden, the Commerce Department tightened export controls on China."))
    assert not any(s == "Joe Biden" and r == "LEADS" and o == "US Department of Commerce" for s, r, o in t)


def test_coordinated_subjects_of_a_plural_mutual_noun_are_tied_to_each_other(extractor) -> None:
    assert ("Japan", "ALLIED_WITH", "United States") in triples(
        extract(extractor, "Japan and the United States are close allies."))
    assert {("Baidu", "COMPETES_WITH", "Alibaba"), ("Alibaba", "COMPETES_WITH", "Baidu")} & triples(
        extract(extractor, "Baidu and Alibaba are rivals."))
    assert not triples(extract(extractor, "China and Russia are not allies."))


def test_an_ally_of_a_state_is_allied_with_it(extractor) -> None:
    assert ("Japan", "ALLIED_WITH", "United States") in triples(
        extract(extractor, "Japan is a close ally of the United States."))


def test_a_role_towards_a_possessor_is_no_part_of_it(extractor) -> None:
    t = triples(extract(extractor, "Microsoft, OpenAI's largest investor, invested $10 billion."))
    assert ("Microsoft", "INVESTS_IN", "OpenAI") in t and ("Microsoft", "PART_OF", "OpenAI") not in t
    t = triples(extract(extractor, "OpenAI's largest investor, Microsoft, invested $10 billion."))
    assert ("Microsoft", "INVESTS_IN", "OpenAI") in t and ("Microsoft", "PART_OF", "OpenAI") not in t


def test_taking_part_as_an_investor_in_a_company_invests_in_it(extractor) -> None:
    assert ("SoftBank", "INVESTS_IN", "OpenAI") in triples(
        extract(extractor, "SoftBank joined the funding round as an investor in OpenAI."))
    assert not triples(extract(extractor, "Amazon is expected to join as an investor in Anthropic."))


def test_open_sourcing_a_model_releases_it(extractor) -> None:
    assert ("Meta", "DEVELOPS", "Llama") in triples(extract(extractor, "Meta has open-sourced its Llama models."))


def test_companies_that_only_modify_the_founders_did_not_found_the_firm(extractor) -> None:
    t = triples(extract(extractor, "Mistral AI, founded by former DeepMind and Meta researchers, is based in Paris."))
    assert not any(r == "FOUNDED" for _, r, _ in t)
    t = triples(extract(extractor, "Mistral was founded by Arthur Mensch and former Meta researchers."))
    assert ("Arthur Mensch", "FOUNDED", "Mistral AI") in t and ("Meta", "FOUNDED", "Mistral AI") not in t


def test_a_later_in_place_belongs_to_the_body_named_nearest_before_it(extractor) -> None:
    t = triples(extract(extractor, "The Vector Institute in Toronto and Amii in Edmonton will receive funding."))
    assert {("Amii", "BASED_IN", "Edmonton"), ("Vector Institute", "BASED_IN", "Toronto")} <= t
    assert ("Vector Institute", "BASED_IN", "Edmonton") not in t


def test_names_alongside_a_passive_agent_are_agents_too(extractor) -> None:
    t = triples(extract(extractor, "Mistral AI was cofounded in 2023 by Arthur Mensch, alongside Guillaume Lample and "
                                   "Timothée Lacroix."))
    assert {("Arthur Mensch", "FOUNDED", "Mistral AI"), ("Guillaume Lample", "FOUNDED", "Mistral AI"),
            ("Timothée Lacroix", "FOUNDED", "Mistral AI")} <= t


def test_a_person_of_or_formerly_of_a_body_works_for_it(extractor) -> None:
    assert ("Jane Smith", "WORKS_FOR", "University of Edinburgh") in triples(
        extract(extractor, "The new centre will be led by Professor Jane Smith of the University of Edinburgh."))
    assert ("Arthur Mensch", "WORKS_FOR", "Google DeepMind") in triples(
        extract(extractor, "Arthur Mensch, formerly of Google DeepMind, spoke at the summit."))


def test_a_verb_between_a_company_and_a_title_ends_the_title(extractor) -> None:
    t = triples(extract(extractor, "Sam Altman of OpenAI met Secretary Raimondo of the Department of Commerce."))
    assert ("Gina Raimondo", "LEADS", "OpenAI") not in t
    assert ("Gina Raimondo", "LEADS", "US Department of Commerce") in t


def test_a_firm_whose_name_ends_in_its_own_alias_is_one_name(extractor) -> None:
    assert set(types(extract(extractor, "He worked at Google DeepMind."))) == {"Google DeepMind"}


def test_an_owner_named_as_modifier_of_a_unit_noun_in_apposition_owns_the_unit(extractor) -> None:
    assert ("Waymo", "PART_OF", "Alphabet") in triples(extract(extractor, "Waymo, an Alphabet subsidiary, operates robotaxis."))
    assert ("Bureau of Industry and Security", "PART_OF", "US Department of Commerce") in triples(extract(
        extractor, "The Bureau of Industry and Security, the Commerce Department division that enforces export "
                   "controls, began approving licences."))


def test_a_restriction_list_the_subject_is_on_restricts_it(extractor) -> None:
    assert ("Entity List", "RESTRICTS", "Huawei") in triples(extract(extractor, "Huawei has been on the Entity List since 2019."))
    assert ("Entity List", "RESTRICTS", "YMTC") in triples(
        extract(extractor, "YMTC, which is on the Entity List, makes memory chips."))
    assert not triples(extract(extractor, "Huawei is not on the Entity List."))


def test_money_provided_to_a_company_funds_it_and_supplies_nothing(extractor) -> None:
    t = triples(extract(extractor, "The Government of Canada is providing $5 million to Xanadu, a quantum computing company."))
    assert ("Canada", "INVESTS_IN", "Xanadu") in t and ("Canada", "SUPPLIES", "Xanadu") not in t
    assert ("Nvidia", "SUPPLIES", "Nscale") in triples(extract(extractor, "Nvidia will provide 10,000 GPUs to Nscale."))


def test_inaugurating_a_summit_takes_part_in_it(extractor) -> None:
    assert ("Narendra Modi", "PARTICIPATES_IN", "AI Impact Summit") in triples(
        extract(extractor, "Prime Minister Narendra Modi inaugurated the AI Impact Summit in New Delhi."))


def test_a_list_of_founders_may_trail_off_with_and_others(extractor) -> None:
    t = triples(extract(extractor, "OpenAI was founded in December 2015 by Sam Altman, Elon Musk, Ilya Sutskever and others."))
    assert {("Sam Altman", "FOUNDED", "OpenAI"), ("Elon Musk", "FOUNDED", "OpenAI"), ("Ilya Sutskever", "FOUNDED", "OpenAI")} <= t


def test_a_supplier_noun_makes_its_holder_supply_the_possessor_or_the_to_object(extractor) -> None:
    assert ("Microsoft", "SUPPLIES", "OpenAI") in triples(extract(extractor, "Microsoft is OpenAI's exclusive cloud provider."))
    assert ("TSMC", "SUPPLIES", "Nvidia") in triples(extract(extractor, "TSMC is the sole manufacturer of Nvidia's GPUs."))
    assert ("Oracle", "SUPPLIES", "OpenAI") in triples(
        extract(extractor, "Oracle became a key supplier of cloud capacity to OpenAI."))
    t = triples(extract(extractor, "Oracle, OpenAI's cloud provider, expanded its data centres."))
    assert ("Oracle", "SUPPLIES", "OpenAI") in t and ("Oracle", "PART_OF", "OpenAI") not in t


def test_goods_made_for_a_company_supply_it(extractor) -> None:
    assert ("TSMC", "SUPPLIES", "Apple") in triples(extract(extractor, "TSMC has manufactured chips for Apple since 2014."))
    assert ("Oracle", "SUPPLIES", "OpenAI") in triples(extract(extractor, "Oracle will build data centres for OpenAI."))
    assert not triples(extract(extractor, "The UK will build a strategy for China."))


def test_a_relative_clause_without_relative_word_or_object_is_about_its_noun(extractor) -> None:
    assert ("Nvidia", "DEVELOPS", "H20") in triples(
        extract(extractor, "The bureau approved the H20, a variant Nvidia developed for the Chinese market."))
    assert ("Anthropic", "DEVELOPS", "Claude") in triples(extract(extractor, "Claude is the model Anthropic released in March."))


def test_one_of_a_states_firms_is_based_there_but_stands_for_no_state(extractor) -> None:
    assert ("Cohere", "BASED_IN", "Canada") in triples(
        extract(extractor, "Cohere, one of Canada's prominent artificial intelligence firms, has grown."))
    assert ("SMIC", "BASED_IN", "China") in triples(extract(extractor, "SMIC is one of China's largest chipmakers."))
    assert not triples(extract(extractor, "Nvidia competes with one of China's largest chipmakers."))


def test_serving_as_a_companys_provider_supplies_it(extractor) -> None:
    assert ("Bell Canada", "SUPPLIES", "Cohere") in triples(extract(
        extractor, "Bell Canada signed a deal with Cohere. Bell will serve as Cohere's preferred AI infrastructure provider."))
    assert ("Microsoft", "SUPPLIES", "OpenAI") in triples(
        extract(extractor, "Microsoft acts as the exclusive cloud provider for OpenAI."))


def test_a_where_clause_is_about_a_place_not_its_object(extractor) -> None:
    t = triples(extract(extractor, "He got his first job at a local Denny's restaurant, where he worked as a waiter."))
    assert not any(r == "PARTNERS_WITH" for _, r, _ in t)
    t = triples(extract(extractor, "As part of the deal, Anthropic would use Amazon Web Services as its primary cloud provider."))
    assert ("Amazon Web Services", "SUPPLIES", "Anthropic") in t and ("Anthropic", "SUPPLIES", "Amazon Web Services") not in t


def test_a_definite_description_the_parser_tagged_an_adjective_still_corefers(extractor) -> None:
    t = triples(extract(extractor, "Cohere builds AI models. This summer, the firm secured significant agreements with "
                                   "the Canadian and UK governments."))
    assert {("Cohere", "PARTNERS_WITH", "Canada"), ("Cohere", "PARTNERS_WITH", "United Kingdom")} <= t


def test_allowing_a_company_to_export_goods_lifts_restrictions_on_both(extractor) -> None:
    t = triples(extract(extractor, "The US allowed Nvidia to sell H20 chips to China."))
    assert {("United States", "LIFTS_RESTRICTIONS_ON", "Nvidia"), ("United States", "LIFTS_RESTRICTIONS_ON", "H20")} <= t
    assert not triples(extract(extractor, "The US may allow Nvidia to sell H20 chips to China."))


def test_a_possessed_presidents_title_heads_no_government(extractor) -> None:
    t = triples(extract(extractor, "The agreement gives Microsoft a stake in the UAE's G42, and its vice-chair and "
                                   "president Brad Smith will have a seat on its board."))
    assert not any(s == "Brad Smith" and o == "United Arab Emirates" for s, _, o in t)


def test_acting_through_a_partnership_with_a_company_partners_with_it(extractor) -> None:
    assert {("Microsoft", "PARTNERS_WITH", "Khazna Data Centers"), ("Khazna Data Centers", "PARTNERS_WITH", "Microsoft")} & triples(
        extract(extractor, "Microsoft will expand its data center presence in the UAE through a further partnership "
                           "with Khazna Data Centers."))


def test_a_multiword_state_name_modifying_a_company_noun_places_the_company(extractor) -> None:
    assert ("G42", "BASED_IN", "United Arab Emirates") in triples(
        extract(extractor, "Microsoft has agreed to invest $1.5 billion in Abu Dhabi artificial intelligence group G42."))


def test_kb_knows_the_chairman_of_g42(extractor) -> None:
    ex = extract(extractor, "H.H. Sheikh Tahnoon bin Zayed Al Nahyan, Chairman of G42, praised the partnership.")
    assert ("Tahnoon bin Zayed Al Nahyan", "LEADS", "G42") in triples(ex)


def test_a_company_that_received_an_investment_in_a_relative_clause_was_invested_in(extractor) -> None:
    assert ("Microsoft", "INVESTS_IN", "G42") in triples(
        extract(extractor, "G42, which received a $1.5 billion investment from Microsoft, is based in Abu Dhabi."))


def test_the_named_company_not_its_owner_acts(extractor) -> None:
    t = triples(extract(extractor, "Saudi Arabia's artificial intelligence company Humain announced a partnership with Nvidia."))
    assert ("Humain", "PARTNERS_WITH", "Nvidia") in t and ("Humain", "BASED_IN", "Saudi Arabia") in t
    assert not any("Saudi Arabia" in (s, o) and r == "PARTNERS_WITH" for s, r, o in t)


def test_a_parent_company_owns_the_possessor(extractor) -> None:
    t = triples(extract(extractor, "Google's parent company, Alphabet, announced results."))
    assert ("Google", "PART_OF", "Alphabet") in t and ("Alphabet", "PART_OF", "Google") not in t


def test_a_company_noun_parsed_as_a_second_subject_is_the_names_description(extractor) -> None:
    t = triples(extract(extractor, "Saudi Arabia's artificial intelligence company Humain announced on Wednesday a landmark "
                                   "partnership with U.S. chipmaker Nvidia, after the U.S. government authorized exports."))
    assert {("Humain", "PARTNERS_WITH", "Nvidia"), ("Humain", "BASED_IN", "Saudi Arabia")} <= t
    assert not any("Saudi Arabia" in (s, o) and r == "PARTNERS_WITH" for s, r, o in t)


def test_majority_owned_by_a_fund_is_part_of_the_fund_not_its_owner(extractor) -> None:
    t = triples(extract(extractor, "Humain is majority-owned by Saudi Arabia's powerful sovereign wealth fund, the Public "
                                   "Investment Fund (PIF)."))
    assert ("Humain", "PART_OF", "Public Investment Fund") in t and ("Humain", "PART_OF", "Saudi Arabia") not in t


def test_a_service_name_is_no_person(extractor) -> None:
    ex = extract(extractor, "The regulator asked DeepSeek to remove its application from Apple's App Store.")
    assert "Person" not in set(types(ex).values())


def test_bans_on_using_accessing_or_of_a_named_product_restrict_it(extractor) -> None:
    assert ("Taiwan", "RESTRICTS", "DeepSeek") in triples(
        extract(extractor, "On Tuesday, Taiwan prohibited government departments from using DeepSeek."))
    assert ("Defense Information Systems Agency", "RESTRICTS", "DeepSeek") in triples(
        extract(extractor, "The Defense Information Systems Agency has blocked access to the DeepSeek website."))
    assert ("Italian Data Protection Authority", "RESTRICTS", "DeepSeek") in triples(extract(
        extractor, "Italy's data protection authority, Garante, has announced the immediate blockade of the Chinese "
                   "artificial intelligence model known as DeepSeek."))


def test_a_name_before_a_known_bodys_bracketed_acronym_is_that_body(extractor) -> None:
    ex = extract(extractor, "South Korea's Data Protection Authority (PIPC) says it has asked DeepSeek to remove its app.")
    assert types(ex).get("Personal Information Protection Commission") == "Agency"
    assert "Data Protection Authority" not in types(ex)


def test_a_states_tech_chief_or_vice_president_serves_it(extractor) -> None:
    t = triples(extract(extractor, "Henna Virkkunen, the EU's vice-president responsible for tech sovereignty, spoke."))
    assert ("Henna Virkkunen", "WORKS_FOR", "European Union") in t
    t = triples(extract(extractor, "Henna Virkkunen, the EU's tech chief, spoke."))
    assert ("Henna Virkkunen", "WORKS_FOR", "European Union") in t and ("Henna Virkkunen", "LEADS", "European Union") not in t
    assert ("Keir Starmer", "LEADS", "United Kingdom") in triples(extract(extractor, "Keir Starmer, the UK's prime minister, spoke."))


def test_hitting_a_company_with_fines_regulates_it_and_with_sanctions_restricts_it(extractor) -> None:
    t = triples(extract(extractor, "The EU has slapped Apple and Meta with 700 million euros in fines."))
    assert {("European Union", "REGULATES", "Apple"), ("European Union", "REGULATES", "Meta")} <= t
    assert ("United States", "RESTRICTS", "Huawei") in triples(extract(extractor, "Washington hit Huawei with sanctions."))
    assert not triples(extract(extractor, "The EU may hit Apple with fines."))


def test_a_states_body_named_field_first_is_the_known_ministry(extractor) -> None:
    assert types(extract(extractor, "The Chinese Commerce Ministry announced the move.")).get(
        "Ministry of Commerce of China") == "Agency"
    assert ("Ministry of Commerce of China", "PART_OF", "China") in triples(
        extract(extractor, "China's Commerce Ministry announced the move."))


def test_a_crackdown_on_a_state_restricts_it(extractor) -> None:
    assert ("United States", "RESTRICTS", "China") in triples(
        extract(extractor, "The ban came a day after Washington's latest crackdown on China's chip sector."))
    assert not triples(extract(extractor, "Washington may launch a crackdown on China."))


def test_news_agencies_are_known_and_aid_to_a_company_funds_it(extractor) -> None:
    ex = extract(extractor, "TOKYO (Jiji Press) — Japan's industry ministry Tuesday said it will provide aid to Rapidus.")
    assert types(ex).get("Jiji Press") == "Firm"
    assert ("Japan", "INVESTS_IN", "Rapidus") in triples(ex) and ("Japan", "SUPPLIES", "Rapidus") not in triples(ex)


def test_a_possessive_pronoun_is_its_clause_subjects_before_a_nearer_demonym(extractor) -> None:
    t = triples(extract(extractor, "The US Department of Commerce added two Chinese semiconductor manufacturers to its Entity List."))
    assert not any(s == "China" and o == "Entity List" for s, _, o in t)


def test_an_administration_allowing_exports_is_its_state(extractor) -> None:
    t = triples(extract(extractor, "The US is led by Trump. The Trump administration allowed Nvidia to sell chips to China."))
    assert ("United States", "LIFTS_RESTRICTIONS_ON", "Nvidia") in t


def test_raising_a_stake_or_joining_a_possessed_round_invests(extractor) -> None:
    assert ("Google", "INVESTS_IN", "Anthropic") in triples(
        extract(extractor, "Amazon invested in Anthropic, and Google raised its stake in the startup."))
    assert ("Nvidia", "INVESTS_IN", "xAI") in triples(extract(extractor, "Nvidia took part in xAI's latest funding round."))
    assert not triples(extract(extractor, "Nvidia may take part in xAI's funding round."))


def test_what_an_issued_measure_does_its_issuer_does(extractor) -> None:
    assert ("Donald Trump", "REVOKES", "Executive Order 14110") in triples(
        extract(extractor, "Trump signed an executive order revoking Executive Order 14110."))
    assert ("US Department of Commerce", "RESTRICTS", "China") in triples(
        extract(extractor, "The Commerce Department unveiled rules restricting exports of AI chips to China."))


def test_a_companys_lower_case_deal_is_no_policy(extractor) -> None:
    assert "Policy" not in set(types(extract(extractor, "The FTC sued Microsoft over its Activision deal.")).values())


def test_a_demonym_before_a_company_noun_and_name_places_the_company(extractor) -> None:
    assert ("DeepSeek", "BASED_IN", "China") in triples(
        extract(extractor, "Chinese startup DeepSeek released its R1 model in January."))
    assert ("Arm", "BASED_IN", "United Kingdom") in triples(
        extract(extractor, "Arm, the British chip designer, plans to make its own chips."))


def test_a_company_added_to_a_list_by_no_one_named_is_restricted_by_the_list(extractor) -> None:
    t = triples(extract(extractor, "Beijing-based Zhipu AI, which was added to the Entity List in January, released a model."))
    assert ("Entity List", "RESTRICTS", "Zhipu AI") in t and ("Entity List", "RESTRICTS", "China") not in t


def test_one_thing_built_by_coordinated_companies_is_built_together(extractor) -> None:
    t = triples(extract(extractor, "OpenAI and Oracle are building the first Stargate site in Abilene, Texas."))
    assert {("OpenAI", "PARTNERS_WITH", "Oracle"), ("Oracle", "PARTNERS_WITH", "OpenAI")} & t
    assert not triples(extract(extractor, "Google and Microsoft are building new AI models."))


def test_a_one_word_name_opening_the_text_before_from_still_works_for_the_body(extractor) -> None:
    assert ("Sam Altman", "WORKS_FOR", "OpenAI") in triples(extract(extractor, "Altman from OpenAI spoke."))


# -- tenth session: read from the former held-out set m01–m10 -------------------

def test_a_name_a_comma_and_a_legal_form_is_one_company(extractor) -> None:
    ex = extract(extractor, "The group consists of Anthropic, Inc. and its subsidiary Anthropic Holdings, LLC. "
                            "Google provided Anthropic Holdings LLC with a $2 billion investment.")
    n = set(names(ex).values())
    assert "Anthropic Holdings, LLC" in n and not {"LLC", "Holdings"} & n
    t = triples(ex)
    assert ("Google", "INVESTS_IN", "Anthropic Holdings, LLC") in t
    assert ("Google", "SUPPLIES", "Anthropic Holdings, LLC") not in t  # an investment provided is no supply


def test_a_place_before_based_without_a_hyphen_places_the_subject(extractor) -> None:
    assert ("Mistral AI", "BASED_IN", "France") in triples(extract(extractor, "Mistral AI is a France based startup."))


def test_a_company_registered_in_a_place_is_based_there_and_its_later_conjunct_is_not(extractor) -> None:
    t = triples(extract(extractor, "The group is made up of Cohere Inc. registered in Ontario and its affiliate Cohere Labs."))
    assert ("Cohere", "BASED_IN", "Ontario") in t and ("Cohere Labs", "BASED_IN", "Ontario") not in t


def test_a_period_named_after_a_season_is_no_place(extractor) -> None:
    assert "Location" not in set(types(extract(extractor, "Investors remember the AI Winter of the 1980s.")).values())


def test_a_given_name_before_a_chips_name_among_people_is_a_person(extractor) -> None:
    t = types(extract(extractor, "The lab was set up by Jane Fairweather, Sarah Hopper and Tom Okafor."))
    assert t.get("Sarah Hopper") == "Person"
    assert types(extract(extractor, "Nvidia ships the Hopper, the H100 and the H200.")).get("Hopper") == "Hardware"


def test_the_organization_far_from_its_name_is_the_company_the_article_is_about(extractor) -> None:
    text = ("Cohere is a Canadian company that builds language models for businesses. It sells them worldwide. "
            "Its first product came out in 2021. Analysts praised the release. "
            "The organization was founded by Aidan Gomez and Nick Frosst.")
    t = triples(extract(extractor, text))
    assert ("Aidan Gomez", "FOUNDED", "Cohere") in t and ("Nick Frosst", "FOUNDED", "Cohere") in t


def test_a_possessive_opening_the_subject_continues_the_topic(extractor) -> None:
    text = "xAI is an American company founded in Nevada by Elon Musk. Its release of Grok drew attention."
    t = triples(extract(extractor, text))
    assert ("xAI", "DEVELOPS", "Grok") in t and ("United States", "DEVELOPS", "Grok") not in t


def test_a_bare_leaders_title_in_a_change_of_post_is_at_the_company_written_about(extractor) -> None:
    text = ("Mistral AI is a French company. Mistral AI builds models. In 2024 Mistral AI raised money. "
            "In 2025 the board removed Jane Doe as chief executive and later named John Roe as chairman.")
    t = triples(extract(extractor, text))
    assert ("Jane Doe", "LEADS", "Mistral AI") in t and ("John Roe", "LEADS", "Mistral AI") in t
    assert not any(r[1] == "LEADS" for r in triples(extract(extractor, "Mistral AI is a French company. John Roe served as chairman.")))


def test_whoever_leads_a_states_delegation_serves_the_state(extractor) -> None:
    t = triples(extract(extractor, "Led by Foreign Secretary Jane Doe, the UK delegation arrived in Delhi."))
    assert ("Jane Doe", "WORKS_FOR", "United Kingdom") in t and ("Jane Doe", "LEADS", "United Kingdom") not in t


def test_a_place_before_ai_summits_is_the_place_not_a_company(extractor) -> None:
    t = types(extract(extractor, "Leaders met again after the London and Rome AI summits."))
    assert t.get("Rome") in {"Location", "Government"} and "Rome AI" not in t


def test_an_attended_event_co_hosted_by_bodies_is_hosted_by_each(extractor) -> None:
    ex = extract(extractor, "Yesterday, Minister Jane Doe attended Future of Compute, co-hosted by Mila and the University of Ottawa, to meet founders.")
    assert types(ex).get("Future of Compute") == "Event"
    t = triples(ex)
    assert {("Mila", "HOSTS", "Future of Compute"), ("University of Ottawa", "HOSTS", "Future of Compute"),
            ("Jane Doe", "PARTICIPATES_IN", "Future of Compute")} <= t


def test_a_name_before_its_first_word_in_brackets_is_a_company_the_text_describes(extractor) -> None:
    ex = extract(extractor, "The minister visited Northwind AI (Northwind), a Canadian software company based in Halifax.")
    assert types(ex).get("Northwind AI") == "Firm"
    assert ("Northwind AI", "BASED_IN", "Canada") in triples(ex)


def test_a_hyphenated_supporter_supports_what_it_describes(extractor) -> None:
    assert ("Engineering and Physical Sciences Research Council", "SUPPORTS", "Wayve") in triples(
        extract(extractor, "The minister toured EPSRC-supported Wayve in London."))


def test_a_name_the_text_calls_an_initiative_is_a_policy(extractor) -> None:
    ex = extract(extractor, "The funding lets Mila launch BrightPath – an initiative to train nurses in AI.")
    assert types(ex).get("BrightPath") == "Policy"


def test_joint_research_with_others_makes_its_owner_their_partner(extractor) -> None:
    t = triples(extract(extractor, "Sony will continue its joint research with Microsoft and imec on sensors."))
    assert {("Sony", "PARTNERS_WITH", "Microsoft"), ("Microsoft", "PARTNERS_WITH", "Sony")} & t
    assert {("Sony", "PARTNERS_WITH", "imec"), ("imec", "PARTNERS_WITH", "Sony")} & t


def test_a_person_returning_to_a_lab_works_for_it_but_not_for_a_state(extractor) -> None:
    assert ("Sarah Lin", "WORKS_FOR", "Google Research") in triples(
        extract(extractor, "In 2017, Sarah Lin returned to Google Research, but left again in 2019."))
    assert not triples(extract(extractor, "In 2015, Sarah Lin returned to China."))


def test_the_unit_named_in_a_post_is_where_the_joiner_works_and_part_of_the_body(extractor) -> None:
    t = triples(extract(extractor, "In 2020, Omar Haddad joined Samsung as head of research in the Future Devices Group."))
    assert ("Omar Haddad", "WORKS_FOR", "Future Devices Group") in t and ("Future Devices Group", "PART_OF", "Samsung Electronics") in t
    t = triples(extract(extractor, "After his degree, Omar Haddad joined Google as part of the Google Brain team."))
    assert ("Omar Haddad", "WORKS_FOR", "Google Brain") in t and ("Google Brain", "PART_OF", "Google") in t


def test_protesting_a_bodys_plan_is_no_stand_against_the_body(extractor) -> None:
    assert not triples(extract(extractor, "She quit Meta in 2023 to protest Meta's plan to cut its research staff."))


def test_a_fiscal_year_is_no_chip_or_model(extractor) -> None:
    assert not {"Hardware", "AIModel"} & set(types(extract(extractor, "The ministry approved the FY2025 plan for Rapidus.")).values())


def test_a_coined_camel_case_name_is_a_company_and_its_spaced_spelling_the_same_one(extractor) -> None:
    ex = extract(extractor, "US firms DataHive and Cloud Nexa announced investments. Later, Texas-headquartered firm CloudNexa said it would expand.")
    firms = [e.name for e in ex.entities if e.type == "Firm"]
    assert sum(1 for n in firms if n.replace(" ", "") == "CloudNexa") == 1
    assert any(r[0].replace(" ", "") == "CloudNexa" and r[1:] == ("BASED_IN", "Texas") for r in triples(ex))


def test_a_portfolio_secretary_serves_the_state_of_the_body_the_kb_says_they_led(extractor) -> None:
    t = triples(extract(extractor, "Leaders from the US, France and the UK met. Technology Secretary Michelle Donelan opened the talks."))
    assert ("Michelle Donelan", "WORKS_FOR", "United Kingdom") in t and ("Michelle Donelan", "WORKS_FOR", "United States") not in t


def test_a_narrative_sentence_opening_with_a_name_and_title_is_no_affiliation_line(extractor) -> None:
    ex = extract(extractor, "Minoru Kihara, Japan's defence minister, met his Philippine counterpart, Gilberto Teodoro, in Manila, Philippines.")
    n = set(names(ex).values())
    assert not any(name.startswith("in ") or name.endswith(".") for name in n)
    assert ("Minoru Kihara", "WORKS_FOR", "Japan") in triples(ex)


def test_a_counterpart_named_with_a_state_serves_that_state(extractor) -> None:
    assert ("Wang Yi", "WORKS_FOR", "China") in triples(extract(extractor, "The secretary met his Chinese counterpart, Wang Yi, in Bangkok."))
    assert ("Marco Rubio", "WORKS_FOR", "United States") in triples(
        extract(extractor, "Wang Yi met his US counterpart Marco Rubio in Kuala Lumpur."))


def test_a_demonym_and_trade_words_before_a_company_noun_and_name_place_the_company(extractor) -> None:
    assert ("Aleph Alpha", "BASED_IN", "Germany") in triples(extract(extractor, "German AI startup Aleph Alpha raised new funds."))


def test_a_company_ner_took_for_a_place_where_people_meet_is_a_place(extractor) -> None:
    assert types(extract(extractor, "The ministers met in Gyeongju on Friday.")).get("Gyeongju") != "Firm"


def test_parties_agreeing_together_to_act_are_partners(extractor) -> None:
    t = triples(extract(extractor, "Nvidia and Foxconn agreed to build an AI factory in Taiwan."))
    assert {("Nvidia", "PARTNERS_WITH", "Hon Hai"), ("Hon Hai", "PARTNERS_WITH", "Nvidia")} & t  # (Foxconn is Hon Hai)
    assert not triples(extract(extractor, "Nvidia and Foxconn did not agree to build a plant."))


def test_a_company_noun_before_a_name_ner_took_for_a_place_makes_it_a_company(extractor) -> None:
    ex = extract(extractor, "The Dutch government took control of chipmaker Nexperia, owned by China's Wingtech.")
    assert types(ex).get("Nexperia") == "Firm"
    assert ("Nexperia", "PART_OF", "Wingtech") in triples(ex)


def test_a_relative_clause_saying_majority_owned_by_makes_the_noun_part_of_the_owner(extractor) -> None:
    assert ("Arm", "PART_OF", "SoftBank") in triples(extract(extractor, "Arm, which is majority-owned by SoftBank, makes chip designs."))


def test_adding_parties_to_an_export_control_list_restricts_them(extractor) -> None:
    t = triples(extract(extractor, "Taiwan added Huawei and SMIC to its export control list."))
    assert ("Taiwan", "RESTRICTS", "Huawei") in t and ("Taiwan", "RESTRICTS", "SMIC") in t


def test_regulators_summoning_a_company_regulate_it(extractor) -> None:
    assert ("China", "REGULATES", "Nvidia") in triples(extract(extractor, "Chinese regulators summoned Nvidia over its H20 chips."))


def test_being_made_a_companys_largest_investor_is_investing_in_it(extractor) -> None:
    assert ("Microsoft", "INVESTS_IN", "OpenAI") in triples(extract(extractor, "The deal makes Microsoft the largest investor in OpenAI."))


def test_money_provided_up_to_an_amount_is_an_investment_not_a_supply(extractor) -> None:
    t = triples(extract(extractor, "The Korean government will provide up to $200 million to Rebellions."))
    assert ("South Korea", "INVESTS_IN", "Rebellions") in t and ("South Korea", "SUPPLIES", "Rebellions") not in t


def test_a_states_own_list_does_not_restrict_that_state(extractor) -> None:
    t = triples(extract(extractor, "SMIC is on the U.S. Entity List, which bars American firms from selling to it."))
    assert ("Entity List", "RESTRICTS", "SMIC") in t and ("Entity List", "RESTRICTS", "United States") not in t


def test_a_possessed_joint_venture_with_others_makes_the_possessor_their_partner(extractor) -> None:
    t = triples(extract(extractor, "Microsoft's joint venture with BlackRock and MGX will buy data centres."))
    assert {("Microsoft", "PARTNERS_WITH", "BlackRock"), ("BlackRock", "PARTNERS_WITH", "Microsoft")} & t
    assert {("Microsoft", "PARTNERS_WITH", "MGX"), ("MGX", "PARTNERS_WITH", "Microsoft")} & t


def test_states_pledging_to_cooperate_are_partners_but_not_when_pledging_to_spend(extractor) -> None:
    assert {("Germany", "PARTNERS_WITH", "Japan"), ("Japan", "PARTNERS_WITH", "Germany")} & triples(
        extract(extractor, "Germany and Japan pledged to cooperate on quantum research."))
    assert not triples(extract(extractor, "Germany and Japan pledged to spend more on research."))


def test_a_name_the_parser_made_a_predicate_of_named_as_a_leader_leads(extractor) -> None:
    assert ("Lip-Bu Tan", "LEADS", "Intel") in triples(extract(extractor, "Intel named Lip-Bu Tan as its new chief executive in March."))


def test_a_name_ner_took_for_a_company_hired_as_an_office_is_a_person_who_heads_a_function(extractor) -> None:
    ex = extract(extractor, "Anthropic has hired Fidji Simo as its chief executive of applications.")
    assert types(ex).get("Fidji Simo") == "Person"
    t = triples(ex)
    assert ("Fidji Simo", "WORKS_FOR", "Anthropic") in t and ("Fidji Simo", "LEADS", "Anthropic") not in t


def test_a_states_lower_case_ministry_is_its_known_ministry_and_a_spokesperson_for_it_serves_it(extractor) -> None:
    ex = extract(extractor, "A spokesperson for the Chinese foreign ministry, Lin Jian, said Beijing opposed the move.")
    t = triples(ex)
    assert ("Lin Jian", "WORKS_FOR", "Ministry of Foreign Affairs of China") in t
    assert ("Ministry of Foreign Affairs of China", "PART_OF", "China") in t
    assert "Ministry of Economy, Trade and Industry" in set(names(extract(extractor, "Japan's economy ministry approved the plan.")).values())


def test_a_known_company_followed_by_a_states_name_is_its_arm_there(extractor) -> None:
    t = triples(extract(extractor, "Sarah Lee, chief executive of Anthropic Japan, spoke in Tokyo."))
    assert ("Anthropic Japan", "BASED_IN", "Japan") in t and ("Sarah Lee", "LEADS", "Anthropic Japan") in t
    assert "Nvidia China" not in set(names(extract(extractor, "Nvidia China sales fell sharply.")).values())


def test_an_object_relative_clause_acts_on_the_noun_it_hangs_on(extractor) -> None:
    assert ("United States", "RESTRICTS", "Sophgo") in triples(
        extract(extractor, "Sophgo, which Washington blacklisted in January, released a chip."))
    assert ("Mistral AI", "DEVELOPS", "Le Chat") in triples(
        extract(extractor, "Le Chat, which Mistral AI released in 2024, is popular in France."))


def test_pressing_or_permitting_others_to_act_states_no_act(extractor) -> None:
    assert not triples(extract(extractor, "Washington pressed Japan to restrict sales of chip tools to China."))
    assert ("Samsung Electronics", "SUPPLIES", "Huawei") not in triples(
        extract(extractor, "The bureau revoked licenses allowing Samsung to supply Huawei."))


def test_a_list_the_parser_read_as_an_apposition_is_still_a_list(extractor) -> None:
    t = triples(extract(extractor, "The UK, the EU and the US signed the Bletchley Declaration."))
    assert {("United Kingdom", "PARTICIPATES_IN", "Bletchley Declaration"), ("European Union", "PARTICIPATES_IN", "Bletchley Declaration"),
            ("United States", "PARTICIPATES_IN", "Bletchley Declaration")} <= t


def test_signing_a_bodys_convention_is_no_membership_of_the_body(extractor) -> None:
    assert not triples(extract(extractor, "Canada signed the Council of Europe's AI convention in 2025."))


def test_a_ban_covering_chips_restricts_them(extractor) -> None:
    t = triples(extract(extractor, "The ban, imposed by the Commerce Department in April, covers the H20 and the MI308."))
    assert ("US Department of Commerce", "RESTRICTS", "H20") in t and ("US Department of Commerce", "RESTRICTS", "MI308") in t
    assert ("EU AI Act", "REGULATES", "GPT-4") in triples(extract(extractor, "The EU AI Act covers models such as GPT-4."))


def test_a_state_qualified_trade_representative_leads_the_office_and_serves_the_state(extractor) -> None:
    t = triples(extract(extractor, "U.S. Trade Representative Jamieson Greer said the tariffs would stay."))
    assert ("Jamieson Greer", "LEADS", "US Trade Representative") in t and ("Jamieson Greer", "WORKS_FOR", "United States") in t


def test_developing_a_thing_with_a_company_makes_it_a_partner_but_not_chips_named_by_it(extractor) -> None:
    t = triples(extract(extractor, "Meta is building a chip with Broadcom and TSMC."))
    assert {("Meta", "PARTNERS_WITH", "Broadcom"), ("Broadcom", "PARTNERS_WITH", "Meta")} & t
    assert not any(r[1] == "PARTNERS_WITH" for r in triples(extract(extractor, "Meta built the model with Nvidia chips.")))


def test_a_maker_of_another_companys_chip_supplies_that_company(extractor) -> None:
    t = triples(extract(extractor, "Amazon's Trainium chip is made by TSMC."))
    assert ("TSMC", "SUPPLIES", "Amazon") in t and ("TSMC", "DEVELOPS", "Trainium") not in t


def test_a_state_qualified_department_secretary_in_lower_case_serves_the_state(extractor) -> None:
    t = triples(extract(extractor, '"We will act," said Howard Lutnick, the U.S. commerce secretary.'))
    assert ("Howard Lutnick", "WORKS_FOR", "United States") in t and ("Howard Lutnick", "LEADS", "United States") not in t


def test_a_vice_chair_serves_the_company(extractor) -> None:
    t = triples(extract(extractor, "Alphabet vice chair Jane Doe testified before the committee."))
    assert ("Jane Doe", "WORKS_FOR", "Alphabet") in t and ("Jane Doe", "LEADS", "Alphabet") not in t


def test_the_words_after_a_long_portfolio_that_are_no_portfolio_words_are_the_holder(extractor) -> None:
    assert "Person" == types(extract(extractor, "Minister of Foreign Trade and Development Marieke Doorn announced new rules.")).get("Marieke Doorn")


def test_a_chief_executive_named_in_apposition_to_a_possessive_leads(extractor) -> None:
    t = triples(extract(extractor, "Nvidia won approval to resume sales. Its chief executive, Jensen Huang, met officials."))
    assert ("Jensen Huang", "LEADS", "Nvidia") in t and ("Jensen Huang", "WORKS_FOR", "Nvidia") not in t


def test_examples_hung_on_the_list_name_are_what_was_added_to_it(extractor) -> None:
    assert ("US Department of Commerce", "RESTRICTS", "Inspur") in triples(extract(
        extractor, "The Commerce Department added 80 companies to its Entity List, including Inspur Group and Sugon."))


def test_a_name_before_its_bracketed_acronym_and_a_word_for_a_framework_is_a_policy(extractor) -> None:
    # (the word list for programmes after an acronym is wider than the one for programmes in apposition)
    assert types(extract(extractor, "The agency launched the Secure Compute for Allied Research (SCAR) framework in 2025.")).get(
        "Secure Compute for Allied Research") == "Policy"


def test_an_all_capitals_spelling_of_a_mixed_case_acronym_names_the_same_body(extractor) -> None:
    # DoD News writes "DoD"; many Pentagon stories write "DOD"
    ex = extract(extractor, "Dana Deasy, DOD's chief information officer, spoke to reporters.")
    assert ("Dana Deasy", "WORKS_FOR", "US Department of Defense") in triples(ex)


def test_a_long_title_of_office_in_lower_case_names_the_body_its_holder_leads(extractor) -> None:
    ex = extract(extractor, "Maria Lopez will serve as the Pentagon's next chief digital and artificial intelligence officer.")
    assert ("Maria Lopez", "LEADS", "Chief Digital and Artificial Intelligence Office") in triples(ex)
    ex = extract(extractor, "Maria Lopez, the chief digital and artificial intelligence officer, briefed the press.")
    assert ("Maria Lopez", "LEADS", "Chief Digital and Artificial Intelligence Office") in triples(ex)


def test_a_press_secretary_serves_the_department_and_does_not_lead_it(extractor) -> None:
    found = triples(extract(extractor, "Pentagon Press Secretary John Ullyot said the review was complete."))
    assert ("John Ullyot", "WORKS_FOR", "US Department of Defense") in found
    assert ("John Ullyot", "LEADS", "US Department of Defense") not in found


def test_the_second_name_of_the_defense_department_and_its_secretary_link_to_it(extractor) -> None:
    found = triples(extract(extractor, "Secretary of War Pete Hegseth toured the War Department's new offices."))
    assert ("Pete Hegseth", "LEADS", "US Department of Defense") in found


def test_a_bare_service_name_with_a_rank_is_the_service_of_the_state_the_article_is_about(extractor) -> None:
    text = ("The Pentagon released its budget today. The DoD plan was discussed by Air Force Lt. Gen. Sam Ortiz, "
            "who spoke with reporters.")
    found = triples(extract(extractor, text))
    assert ("Sam Ortiz", "WORKS_FOR", "US Air Force") in found
    assert not any(o.startswith("Air Force Lt") for _, _, o in found)


def test_a_body_s_headquarters_in_a_place_places_the_body_there(extractor) -> None:
    found = triples(extract(extractor, "The minister spoke at Nvidia headquarters in Santa Clara, California."))
    assert ("Nvidia", "BASED_IN", "Santa Clara") in found


def test_the_name_after_a_possessive_and_the_owners_bracketed_acronym_is_the_owned_unit(extractor) -> None:
    text = ("Lieutenant General Michael Groen, Director of the Defense Department's (DoD) Joint Artificial Intelligence "
            "Center (JAIC), spoke on Tuesday.")
    found = triples(extract(extractor, text))
    assert ("Michael Groen", "LEADS", "Joint Artificial Intelligence Center") in found
    assert ("Joint Artificial Intelligence Center", "PART_OF", "US Department of Defense") in found
    assert ("Michael Groen", "LEADS", "US Department of Defense") not in found


def test_a_name_before_a_word_for_a_gathering_is_an_event_and_a_speech_there_is_taking_part(extractor) -> None:
    # (NER leaves "Modern Day Marine" out after the possessive: the capitalised run before "conference" is the name)
    text = ("Laura Chen spoke on Monday. Chen described the plan during her remarks at the Aerospace Industries "
            "Association's Modern Day Marine conference in Arlington.")
    ex = extract(extractor, text)
    assert types(ex).get("Modern Day Marine") == "Event"
    found = triples(ex)
    assert ("Laura Chen", "PARTICIPATES_IN", "Modern Day Marine") in found
    assert ("Aerospace Industries Association", "HOSTS", "Modern Day Marine") in found
    assert ("Arlington", "HOSTS", "Modern Day Marine") in found


def test_a_persons_named_tour_is_one_the_person_takes_part_in(extractor) -> None:
    text = "Governor Ana Ruiz visited Ohio. Plants there got a visit from Ruiz as part of her Factory Futures tour."
    ex = extract(extractor, text)
    assert types(ex).get("Factory Futures") == "Event"
    assert ("Ana Ruiz", "PARTICIPATES_IN", "Factory Futures") in triples(ex)


def test_money_announced_under_an_act_neither_enacts_nor_invests_in_the_act(extractor) -> None:
    found = triples(extract(extractor, "Commerce Secretary Gina Raimondo announced $50 million in CHIPS and Science Act "
                                       "funding for new research hubs."))
    assert ("Gina Raimondo", "ENACTS", "CHIPS and Science Act") not in found
    assert not any(r == "INVESTS_IN" and o == "CHIPS and Science Act" for _, r, o in found)


def test_a_verb_inside_a_name_is_no_claim(extractor) -> None:
    text = ('The deputy secretary, Kathleen Hicks, announced $238 million in "Creating Helpful Incentives to Produce '
            'Semiconductors (CHIPS) and Science Act" awards for eight hubs.')
    found = triples(extract(extractor, text))
    assert not any(r in {"ENACTS", "DEVELOPS", "FOUNDED"} for _, r, _ in found)


def test_a_guessed_name_that_titles_a_video_is_no_actor(extractor) -> None:
    ex = extract(extractor, "The spokesperson said during the department's Weekly Roundup video that the review was done.")
    assert "Weekly Roundup" not in types(ex)


def test_a_possessor_of_a_title_named_office_is_what_the_office_is_part_of(extractor) -> None:
    found = triples(extract(extractor, "Officials said that Maria Lopez will serve as the Pentagon's chief digital and "
                                       "artificial intelligence officer."))
    assert ("Chief Digital and Artificial Intelligence Office", "PART_OF", "US Department of Defense") in found
    assert ("Maria Lopez", "LEADS", "Chief Digital and Artificial Intelligence Office") in found
    assert ("Maria Lopez", "WORKS_FOR", "US Department of Defense") not in found


def test_cooperation_between_two_parties_that_is_only_desired_is_no_partnership(extractor) -> None:
    found = triples(extract(extractor, "We desire a future that enables cooperation between the U.S. and NATO."))
    assert not any(r == "PARTNERS_WITH" for _, r, _ in found)


def test_a_given_name_left_to_a_title_joins_the_surname_ner_kept(extractor) -> None:
    ex = extract(extractor, "Officials said that Under Secretary for Research and Engineering Emil Michael will also "
                            "serve as chief technology officer.")
    assert types(ex).get("Emil Michael") == "Person"


def test_the_department_far_from_its_name_is_the_one_department_the_article_names(extractor) -> None:
    text = ("The Department of War released its budget on Monday. Reporters asked about it on Tuesday. The plan was "
            "praised by contractors. Officials met on Wednesday. Emil Michael will serve as the department's chief "
            "technology officer.")
    assert ("Emil Michael", "WORKS_FOR", "US Department of Defense") in triples(extract(extractor, text))


def test_a_bracketed_short_form_spelling_a_names_initials_in_any_case_is_its_alias(extractor) -> None:
    ex = extract(extractor, "The trial was run by the UK's Defence Equipment and Support (DE&S) and the Defence Science "
                            "and Technology Laboratory (Dstl). Dstl said the trial worked.")
    assert "Dstl" not in types(ex)
    assert types(ex).get("Defence Science and Technology Laboratory") == "Agency"


def test_a_name_titling_a_pillar_of_a_pact_is_no_actor(extractor) -> None:
    ex = extract(extractor, "The partners ran a trial under the Advanced Capabilities pillar of the pact in May.")
    assert "Advanced Capabilities" not in types(ex)


def test_capitalised_words_spelling_out_an_acronym_in_a_list_are_a_field_not_names(extractor) -> None:
    ex = extract(extractor, "The drones flew an Intelligence, Surveillance, and Reconnaissance (ISR) mission for NATO.")
    assert set(types(ex)) == {"NATO"}


def test_a_portfolio_in_brackets_after_an_office_is_no_body(extractor) -> None:
    ex = extract(extractor, '"We will win," said General Ann Baker, Deputy Chief of the Defence Staff (Strategy and '
                            'Military Capability).')
    assert not {"Strategy and Military Capability", "Deputy Chief"} & set(types(ex))


def test_states_listed_as_joint_owners_of_one_thing_partner_each_with_each(extractor) -> None:
    found = triples(extract(extractor, "The trial saw the joint deployment of Japanese, UK and U.S. sensors at sea."))
    pairs = {frozenset((s, o)) for s, r, o in found if r == "PARTNERS_WITH"}
    assert {frozenset(p) for p in [("Japan", "United Kingdom"), ("Japan", "United States"),
                                   ("United Kingdom", "United States")]} <= pairs


def test_a_site_named_between_at_and_in_a_place_is_a_place(extractor) -> None:
    ex = extract(extractor, "The exercise was held at Porton in Wiltshire, UK, last spring.")
    assert types(ex).get("Porton") == "Location"


def test_a_description_in_a_relative_clause_does_not_refer_to_the_relative_pronouns_antecedent(extractor) -> None:
    found = triples(extract(extractor, "G42 partnered with Microsoft, which invested $1.5 billion in the Abu Dhabi firm."))
    assert ("Microsoft", "INVESTS_IN", "G42") in found
    assert not any(s == "Microsoft" and r == "BASED_IN" for s, r, _ in found)


def test_a_subject_the_parser_glued_to_its_verb_is_still_the_subject(extractor) -> None:
    assert ("DeepSeek", "COMPETES_WITH", "OpenAI") in triples(extract(extractor, "DeepSeek competes with OpenAI."))


def test_the_hyphen_of_a_place_based_description_is_no_dateline_dash(extractor) -> None:
    found = triples(extract(extractor, "Mistral AI, a Paris-based startup, competes with OpenAI."))
    assert ("Mistral AI", "COMPETES_WITH", "OpenAI") in found


def test_each_body_coordinated_after_with_on_a_verb_of_making_is_a_partner(extractor) -> None:
    found = triples(extract(extractor, "DARPA launched the AI Cyber Challenge with Google and OpenAI."))
    assert {("Defense Advanced Research Projects Agency", "PARTNERS_WITH", "Google"),
            ("Defense Advanced Research Projects Agency", "PARTNERS_WITH", "OpenAI")} <= found


def test_a_capitalised_name_before_a_lower_case_word_for_a_programme_is_a_policy(extractor) -> None:
    ex = extract(extractor, "Deputy Defense Secretary Kathleen Hicks unveiled the Replicator initiative in August.")
    assert types(ex).get("Replicator") == "Policy"
    assert ("Kathleen Hicks", "ENACTS", "Replicator") in triples(ex)


def test_a_service_secretary_leads_the_service_of_the_state_the_article_is_about(extractor) -> None:
    found = triples(extract(extractor, "The Pentagon released its budget. Army Secretary Christine Wormuth spoke at the event."))
    assert ("Christine Wormuth", "LEADS", "US Army") in found


def test_a_minister_whose_department_goes_unnamed_signs_a_deal_for_the_state(extractor) -> None:
    found = triples(extract(extractor, "Britain's Technology Secretary Peter Kyle signed a deal with Anthropic."))
    assert frozenset(("Anthropic", "United Kingdom")) in {frozenset((s, o)) for s, r, o in found if r == "PARTNERS_WITH"}
    assert not any(r == "PARTNERS_WITH" and "Peter Kyle" in (s, o) for s, r, o in found)


def test_endorsing_what_a_body_adopted_is_no_membership_of_the_body(extractor) -> None:
    found = triples(extract(extractor, "The OECD adopted its AI Principles in 2019, and the G20 later endorsed them."))
    assert ("G20", "MEMBER_OF", "OECD") not in found


def test_being_one_of_a_companys_customers_is_being_supplied_by_it(extractor) -> None:
    assert ("Nvidia", "SUPPLIES", "Inspur") in triples(extract(extractor, "Inspur is one of Nvidia's largest customers."))


def test_a_company_controlled_by_another_is_part_of_it(extractor) -> None:
    found = triples(extract(extractor, "Arm, the British chip designer controlled by SoftBank, will also work with OpenAI."))
    assert ("Arm", "PART_OF", "SoftBank") in found


def test_a_bare_department_rank_before_an_unknown_name_serves_the_one_department_named(extractor) -> None:
    text = "The Commerce Department on Tuesday added companies to its Entity List. Deputy Secretary Dana Ortiz said it was needed."
    assert ("Dana Ortiz", "WORKS_FOR", "US Department of Commerce") in triples(extract(extractor, text))


def test_a_verb_of_giving_is_no_word_for_money(extractor) -> None:
    # ("grant" is also a noun for funding; the verb that grants a licence invests nothing)
    found = triples(extract(extractor, "The Commerce Department granted Samsung a license to ship equipment to its plant."))
    assert not any(r == "INVESTS_IN" for _, r, _ in found)


def test_a_bill_code_and_number_name_a_bill_and_a_veto_opposes_it(extractor) -> None:
    ex = extract(extractor, "California Governor Gavin Newsom vetoed SB 1047, an AI safety bill.")
    assert types(ex).get("SB 1047") == "Policy"
    assert ("Gavin Newsom", "OPPOSES", "SB 1047") in triples(ex)


def test_the_head_of_a_function_named_in_apposition_serves_the_body(extractor) -> None:
    found = triples(extract(extractor, "Jack Clark, Anthropic's head of policy, testified before the Senate."))
    assert ("Jack Clark", "WORKS_FOR", "Anthropic") in found
    assert ("Jack Clark", "LEADS", "Anthropic") not in found


def test_a_given_name_coordinated_before_a_full_name_shares_its_surname(extractor) -> None:
    ex = extract(extractor, "The prize went to researchers John and Mary Smith.")
    assert {"John Smith", "Mary Smith"} <= {n for n, t in types(ex).items() if t == "Person"}


def test_a_lone_word_ner_took_for_a_place_right_before_model_is_the_model(extractor) -> None:
    ex = extract(extractor, "Zhipu unveiled its Jiuzhang model.")
    assert types(ex).get("Jiuzhang") == "AIModel"
    assert ("Zhipu AI", "DEVELOPS", "Jiuzhang") in triples(ex)


def test_a_gathering_that_brings_together_delegates_from_states_has_them_take_part(extractor) -> None:
    found = triples(extract(extractor, "The AI Seoul Summit brought together leaders from the United States, the United "
                                       "Kingdom and South Korea."))
    assert {("United States", "PARTICIPATES_IN", "AI Seoul Summit"),
            ("South Korea", "PARTICIPATES_IN", "AI Seoul Summit")} <= found


def test_representatives_taking_part_in_a_process_s_talks_make_their_states_take_part(extractor) -> None:
    found = triples(extract(extractor, "Representatives of Japan and Canada took part in the Hiroshima AI Process talks."))
    assert ("Japan", "PARTICIPATES_IN", "Hiroshima AI Process") in found


def test_goods_made_by_one_firm_for_another_are_supplied_to_it(extractor) -> None:
    assert ("TSMC", "SUPPLIES", "Nvidia") in triples(extract(extractor, "The chips are made by TSMC for Nvidia."))


def test_capitalised_common_words_the_article_also_writes_in_lower_case_name_nothing(extractor) -> None:
    ex = extract(extractor, "The plan funds Advanced Packaging work. The advanced packaging facility will open next year.")
    assert "Advanced Packaging" not in types(ex)


def test_a_one_word_name_found_to_be_a_place_is_that_place_where_ner_took_it_for_a_person(extractor) -> None:
    ex = extract(extractor, "Samsung will build fabs in Taylor, Texas. The packaging facility in Taylor opens in 2026.")
    assert [e.type for e in ex.entities if e.name == "Taylor"] == ["Location"]


def test_a_policy_cited_by_its_full_name_up_to_its_head_word_is_the_same_policy(extractor) -> None:
    text = ("Fifty states endorsed the Political Declaration on Responsible Military Use of Artificial Intelligence and "
            "Autonomy. Officials said the Political Declaration would guide militaries.")
    ex = extract(extractor, text)
    assert [n for n, t in types(ex).items() if t == "Policy"] == [
        "Political Declaration on Responsible Military Use of Artificial Intelligence and Autonomy"]


def test_a_place_based_participle_on_a_modifier_of_an_appositive_company_noun_places_the_name(extractor) -> None:
    found = triples(extract(extractor, "Huawei, the Shenzhen-based telecoms giant, reported profits."))
    assert ("Huawei", "BASED_IN", "Shenzhen") in found


def test_a_ministry_approving_subsidies_for_a_company_invests_in_it(extractor) -> None:
    found = triples(extract(extractor, "Japan's Ministry of Economy, Trade and Industry approved subsidies of 920 billion "
                                       "yen for Rapidus."))
    assert ("Ministry of Economy, Trade and Industry", "INVESTS_IN", "Rapidus") in found


def test_a_deal_in_talks_or_a_rejected_claim_states_no_fact(extractor) -> None:
    assert not triples(extract(extractor, "Apple is reportedly in talks to acquire Perplexity."))
    assert not any(r == "PARTNERS_WITH" for _, r, _ in triples(extract(
        extractor, "Anthropic rejected claims that it partnered with the Pentagon.")))


def test_a_possible_or_collapsed_deal_between_two_parties_is_no_partnership(extractor) -> None:
    for text in ("Officials discussed a possible partnership between OpenAI and Microsoft.",
                 "The deal between Nvidia and Arm collapsed in 2022."):
        assert not any(r == "PARTNERS_WITH" for _, r, _ in triples(extract(extractor, text))), text


def test_the_commander_of_a_state_named_command_leads_the_command_not_the_state(extractor) -> None:
    text = ("The Pentagon released its plan. Navy Adm. Sam Paparo, commander of U.S. Indo-Pacific Command, testified "
            "on Tuesday.")
    found = triples(extract(extractor, text))
    assert ("Sam Paparo", "LEADS", "Indo-Pacific Command") in found
    assert ("Sam Paparo", "LEADS", "United States") not in found
    assert ("Sam Paparo", "WORKS_FOR", "US Navy") in found


def test_opening_proceedings_against_a_company_regulates_it(extractor) -> None:
    found = triples(extract(extractor, "The European Commission has opened formal proceedings against Meta under the "
                                       "Digital Services Act."))
    assert ("European Commission", "REGULATES", "Meta") in found


def test_leaders_and_participants_of_a_round_invest_in_the_company_that_raised_it_the_sentence_before(extractor) -> None:
    text = ("Anthropic said it had raised $13 billion in new funding. The round was led by Iconiq Capital, with "
            "participation from Fidelity and Lightspeed Venture Partners.")
    found = triples(extract(extractor, text))
    assert {("Iconiq Capital", "INVESTS_IN", "Anthropic"), ("Fidelity", "INVESTS_IN", "Anthropic")} <= found


def test_a_surname_after_a_hyphenated_full_name_is_that_person(extractor) -> None:
    text = "Minister François-Philippe Champagne announced the plan today. \"Canada leads,\" said Minister Champagne."
    ex = extract(extractor, text)
    assert [n for n, t in types(ex).items() if t == "Person"] == ["François-Philippe Champagne"]


def test_a_plan_includes_programmes_not_the_companies_its_measures_reach(extractor) -> None:
    text = ("The Canadian Sovereign AI Compute Strategy was launched. The strategy includes support for Cohere, which "
            "will build a data centre.")
    assert not any(r == "PART_OF" and s == "Cohere" for s, r, _ in triples(extract(extractor, text)))


def test_a_two_word_name_coordinated_with_a_person_is_a_person(extractor) -> None:
    ex = extract(extractor, "The initiative is led by the two countries' national security advisers, Ajit Doval and "
                            "Jake Sullivan.")
    assert types(ex).get("Ajit Doval") == "Person"


def test_a_body_in_brackets_after_a_persons_name_employs_the_person(extractor) -> None:
    # (and the known name in brackets stays its own entity: it is no short form of the person's name)
    found = triples(extract(extractor, "Attendees included Sam Altman (OpenAI), Sundar Pichai (Google) and Dario "
                                       "Amodei (Anthropic)."))
    assert {("Sam Altman", "WORKS_FOR", "OpenAI"), ("Sundar Pichai", "WORKS_FOR", "Google"),
            ("Dario Amodei", "WORKS_FOR", "Anthropic")} <= found


def test_a_guessed_name_a_keynote_is_delivered_at_is_a_gathering_in_the_city_after_it(extractor) -> None:
    ex = extract(extractor, "Jensen Huang delivered a keynote at Computex in Taipei.")
    assert types(ex).get("Computex") == "Event"
    found = triples(ex)
    assert ("Jensen Huang", "PARTICIPATES_IN", "Computex") in found
    assert ("Taipei", "HOSTS", "Computex") in found


def test_a_possessive_reaches_the_products_coordinated_with_the_first(extractor) -> None:
    found = triples(extract(extractor, "Anthropic's Claude Opus 4 and Claude Sonnet 4 were released in May."))
    assert {("Anthropic", "DEVELOPS", "Claude Opus 4"), ("Anthropic", "DEVELOPS", "Claude Sonnet 4")} <= found


def test_a_model_code_after_a_companys_possessive_and_before_model_is_its_model(extractor) -> None:
    assert ("DeepSeek", "DEVELOPS", "DeepSeek-R1") in triples(extract(
        extractor, "DeepSeek's R1 reasoning model rattled markets in January."))
    assert ("OpenAI", "DEVELOPS", "o3") in triples(extract(extractor, "OpenAI's o3 model scored well."))


def test_a_generic_name_one_states_body_has_names_the_like_body_of_the_state_in_context(extractor) -> None:
    found = triples(extract(extractor, "Japan established the AI Safety Institute in February 2024."))
    assert ("Japan AI Safety Institute", "PART_OF", "Japan") in found
    assert not any("UK AI Security Institute" in (s, o) for s, _, o in found)


def test_a_short_lower_case_title_in_apposition_to_a_name_names_its_body(extractor) -> None:
    found = triples(extract(extractor, "Gina Raimondo, the commerce secretary, visited Beijing."))
    assert ("Gina Raimondo", "LEADS", "US Department of Commerce") in found


def test_heading_a_function_at_a_body_is_working_for_it(extractor) -> None:
    found = triples(extract(extractor, "Jan Leike leads alignment research at Anthropic."))
    assert ("Jan Leike", "WORKS_FOR", "Anthropic") in found
    assert ("Jan Leike", "LEADS", "Anthropic") not in found


def test_a_relative_or_fronted_headquarters_clause_places_the_company(extractor) -> None:
    assert ("Mistral AI", "BASED_IN", "Paris") in triples(extract(
        extractor, "Mistral AI, which is headquartered in Paris, raised new funding."))
    assert ("DeepSeek", "BASED_IN", "Hangzhou") in triples(extract(
        extractor, "Based in Hangzhou, DeepSeek was founded by Liang Wenfeng."))
    assert ("Nvidia", "BASED_IN", "Santa Clara") in triples(extract(
        extractor, "Headquartered in Santa Clara, California, Nvidia designs GPUs."))


def test_a_name_the_parser_made_an_adverb_right_after_the_verb_is_its_object(extractor) -> None:
    found = triples(extract(extractor, "The Public Investment Fund backs Humain."))
    assert ("Public Investment Fund", "INVESTS_IN", "Humain") in found


def test_praising_a_bodys_decision_is_no_support_for_the_body(extractor) -> None:
    found = triples(extract(extractor, "Meta praised the EU's decision to delay the AI Act."))
    assert ("Meta", "SUPPORTS", "European Union") not in found


def test_a_measure_on_a_bodys_suppliers_does_not_target_the_body(extractor) -> None:
    found = triples(extract(extractor, "The United States lifted sanctions on Huawei's suppliers."))
    assert ("United States", "LIFTS_RESTRICTIONS_ON", "Huawei") not in found
    assert ("United States", "RESTRICTS", "Huawei") in triples(extract(
        extractor, "Washington imposed sanctions on Huawei and its suppliers."))


def test_an_initialled_name_holding_a_place_name_is_a_person_and_its_surname_later_too(extractor) -> None:
    x = extract(extractor, "Secretary of Defense Mark J. Austin III arrived on Friday. Austin is attending the "
                           "Shangri-La Dialogue.")
    found = triples(x)
    assert ("Mark J. Austin III", "LEADS", "US Department of Defense") in found
    assert ("Mark J. Austin III", "PARTICIPATES_IN", "Shangri-La Dialogue") in found
    assert "Austin" not in {e.name for e in x.entities}


def test_capitalised_words_after_an_honorific_are_a_person(extractor) -> None:
    x = extract(extractor, "Minister of Defense Dr. Ng Eng Hen spoke on Friday.")
    assert ("Ng Eng Hen", "Person") in {(e.name, e.type) for e in x.entities}


def test_a_known_body_named_after_another_state_is_that_states_own_body(extractor) -> None:
    found = triples(extract(extractor, "Tan Peng Yam, Chief Defence Scientist, Singapore Ministry of Defence, "
                                       "signed the memorandum."))
    assert ("Tan Peng Yam", "WORKS_FOR", "Singapore Ministry of Defence") in found
    assert ("Singapore Ministry of Defence", "PARTNERS_WITH", "Tan Peng Yam") not in found
    found = triples(extract(extractor, "The memorandum was signed by Tan Peng Yam, Chief Defence Scientist, "
                                       "Singapore Ministry of Defence in Singapore, May 31, 2024."))
    assert ("Singapore Ministry of Defence", "PART_OF", "Singapore") in found
    assert not any("United Kingdom" in (s, o) for s, _, o in found)


def test_a_states_minister_of_a_portfolio_leads_that_states_named_ministry(extractor) -> None:
    found = triples(extract(extractor, "Singaporean Minister of Defense Dr. Ng Eng Hen met officials of the "
                                       "Singapore Ministry of Defence."))
    assert ("Ng Eng Hen", "LEADS", "Singapore Ministry of Defence") in found
    # the state-qualified title convention: the state whose minister he is employs him (f03's gold gained it)
    assert ("Ng Eng Hen", "WORKS_FOR", "Singapore") in found


def test_a_caption_name_office_body_gives_the_office_in_the_body(extractor) -> None:
    found = triples(extract(extractor, "The memorandum was signed by Doug Beck, Director, Defense Innovation Unit, "
                                       "in Singapore."))
    assert ("Doug Beck", "LEADS", "Defense Innovation Unit") in found


def test_a_year_after_a_conference_name_belongs_to_it_and_a_bracketed_acronym_with_a_year_names_it(extractor) -> None:
    x = extract(extractor, "Leaders met during the South American Defense Conference 2024 (SOUTHDEC 24) in August. "
                           "SOUTHDEC focused on new technologies.")
    events = [e for e in x.entities if e.type == "Event"]
    assert [e.name for e in events] == ["South American Defense Conference 2024"]
    assert "SOUTHDEC" in events[0].aliases
    assert "SOUTHDEC" not in {e.name for e in x.entities}


def test_the_office_is_the_title_before_a_body_not_the_rank_or_service_after_it(extractor) -> None:
    found = triples(extract(extractor, "Chairman of the Joint Chiefs of Staff, Air Force Gen. Charles Q. Brown, "
                                       "visited the Pentagon."))
    assert ("Charles Q. Brown", "LEADS", "Joint Chiefs of Staff") in found
    assert ("Charles Q. Brown", "WORKS_FOR", "US Air Force") in found


def test_the_state_in_a_dateline_owns_none_of_the_services_named_after_it(extractor) -> None:
    found = triples(extract(extractor, "SANTIAGO, Chile (Aug. 29, 2024) -- Chairman of the Joint Chiefs of Staff, "
                                       "Air Force Gen. Charles Q. Brown, visited the region."))
    assert ("Charles Q. Brown", "WORKS_FOR", "US Air Force") in found


def test_joining_leaders_from_states_at_an_event_is_taking_part_and_so_are_their_states(extractor) -> None:
    found = triples(extract(extractor, "Gen. Laura Richardson joined defense leaders from Argentina, Brazil and "
                                       "Chile for the South American Defense Conference 2024."))
    for party in ("Laura Richardson", "Argentina", "Brazil", "Chile"):
        assert (party, "PARTICIPATES_IN", "South American Defense Conference 2024") in found
    found = triples(extract(extractor, "Gen. Laura Richardson joined regional defense leaders in Chile to discuss "
                                       "security during the South American Defense Conference 2024."))
    assert ("Laura Richardson", "PARTICIPATES_IN", "South American Defense Conference 2024") in found
    assert ("Laura Richardson", "WORKS_FOR", "Chile") not in found


def test_an_adviser_to_a_secretary_serves_the_department(extractor) -> None:
    found = triples(extract(extractor, "The MOA was signed by Douglas Beck, Director of the Defense Innovation Unit and Senior Advisor to the "
                                       "Secretary of Defense."))
    assert ("Douglas Beck", "WORKS_FOR", "US Department of Defense") in found
    assert ("Douglas Beck", "LEADS", "US Department of Defense") not in found


def test_a_short_given_name_with_the_same_surname_is_the_same_person(extractor) -> None:
    x = extract(extractor, "The MOA was signed by Douglas Beck, Director of the Defense Innovation Unit. "
                           "\"This partnership will help us,\" said DIU Director Doug Beck.")
    people = [e for e in x.entities if e.type == "Person"]
    assert [p.name for p in people] == ["Douglas Beck"] and "Doug Beck" in people[0].aliases


def test_the_acronym_of_an_office_after_a_name_makes_the_holder_lead_the_body(extractor) -> None:
    found = triples(extract(extractor, "The MOA was signed by Dr. Radha Plumb, the CDAO, and Douglas Beck."))
    assert ("Radha Plumb", "LEADS", "Chief Digital and Artificial Intelligence Office") in found


def test_a_possessive_after_an_opening_quotation_mark_is_no_apposition(extractor) -> None:
    found = triples(extract(extractor, "\"We will work closely,\" said Dr. Radha Plumb, the CDAO, \"DIU's mission "
                                       "will allow CDAO to accelerate adoption.\" The Defense Innovation Unit (DIU) "
                                       "agreed."))
    assert ("Chief Digital and Artificial Intelligence Office", "PART_OF", "Defense Innovation Unit") not in found


def test_a_states_agency_in_its_own_state_is_not_based_there(extractor) -> None:
    found = triples(extract(extractor, "Officials of the Singapore Ministry of Defence in Singapore signed it."))
    assert ("Singapore Ministry of Defence", "BASED_IN", "Singapore") not in found


def test_a_bare_secretary_leads_the_one_department_named_before(extractor) -> None:
    found = triples(extract(extractor, "Today, the U.S. Department of Energy (DOE) hosted its fourth Summit in Chicago. "
                                       "Secretary Perry instituted the model. \"AI can help,\" said Secretary Rick Perry."))
    assert ("Rick Perry", "LEADS", "US Department of Energy") in found


def test_a_bracketed_acronym_completes_the_name_before_it(extractor) -> None:
    x = extract(extractor, "The Department's Advanced Research Projects Agency-Energy (ARPA-E) announced funding for its "
                           "Generating Electricity Managed by Intelligent Nuclear Assets (GEMINA) program.")
    names = {e.name: e for e in x.entities}
    assert "ARPA-E" in names["Advanced Research Projects Agency-Energy"].aliases
    assert "GEMINA" in names["Generating Electricity Managed by Intelligent Nuclear Assets"].aliases
    assert "Advanced Research Projects Agency" not in names and "Intelligent Nuclear Assets" not in names


def test_a_department_named_before_a_body_makes_the_body_its_unit_and_the_director_its_head(extractor) -> None:
    found = triples(extract(extractor, "With us is Lieutenant General Michael Groen, the director of the DoD Joint "
                                       "Artificial Intelligence Center (JAIC)."))
    assert ("Michael Groen", "LEADS", "Joint Artificial Intelligence Center") in found
    assert ("Joint Artificial Intelligence Center", "PART_OF", "US Department of Defense") in found
    assert ("Michael Groen", "LEADS", "US Department of Defense") not in found


def test_a_department_under_a_presidents_leadership_makes_him_lead_the_state_not_the_department(extractor) -> None:
    found = triples(extract(extractor, "\"The U.S. Department of Energy, under President Biden's leadership, is "
                                       "accelerating its AI work,\" said the Secretary."))
    assert ("Joe Biden", "LEADS", "US Department of Energy") not in found
    assert ("Joe Biden", "LEADS", "United States") in found


def test_actions_in_support_of_a_policy_support_it(extractor) -> None:
    found = triples(extract(extractor, "The U.S. Department of Energy (DOE) today announced a series of actions in "
                                       "support of Executive Order 14110."))
    assert ("US Department of Energy", "SUPPORTS", "Executive Order 14110") in found


def test_the_national_laboratories_are_a_kind_of_body_not_a_name(extractor) -> None:
    x = extract(extractor, "DOE is mobilizing its workforce, including at the National Laboratories.")
    assert "National Laboratories" not in {e.name for e in x.entities}


def test_what_a_company_owns_is_part_of_it_and_an_unknown_owned_name_is_a_firm(extractor) -> None:
    assert ("Nexperia", "PART_OF", "Wingtech") in triples(extract(extractor, "Wingtech owns Nexperia."))
    assert ("Nexperia", "PART_OF", "Wingtech Technology") in triples(extract(
        extractor, "Wingtech Technology, which owns Nexperia, said the move was politically motivated."))
    x = extract(extractor, "Nexperia, a chipmaker owned by Wingtech, makes chips.")
    assert ("Nexperia", "PART_OF", "Wingtech") in triples(x)
    assert types(x)["Nexperia"] == "Firm"


def test_an_aside_backed_by_a_fund_after_a_name_is_an_investment_however_parsed(extractor) -> None:
    found = triples(extract(extractor, "Humain, backed by the Public Investment Fund, plans to build data centers in Riyadh."))
    assert ("Public Investment Fund", "INVESTS_IN", "Humain") in found


def test_stopping_an_action_is_not_doing_it(extractor) -> None:
    found = triples(extract(extractor, "Anthropic said it would stop selling its services to companies controlled by "
                                       "Chinese entities."))
    assert not any(r == "SUPPLIES" for _, r, _ in found)


def test_its_model_code_after_a_firm_subject_is_that_firms_model(extractor) -> None:
    found = triples(extract(extractor, "DeepSeek, the Hangzhou-based AI start-up, released its R1 reasoning model in January."))
    assert ("DeepSeek", "DEVELOPS", "DeepSeek-R1") in found


def test_a_known_policy_name_before_a_document_title_names_a_document_of_its_own(extractor) -> None:
    x = extract(extractor, "The G7 leaders endorsed the Hiroshima AI Process Comprehensive Policy Framework.")
    assert "Hiroshima AI Process Comprehensive Policy Framework" in {e.name for e in x.entities}
    x = extract(extractor, "NSF launched the National Artificial Intelligence Research Resource Pilot Program.")
    assert "National Artificial Intelligence Research Resource Pilot Program" not in {e.name for e in x.entities}


def test_a_known_person_of_one_state_settles_an_ambiguous_known_name(extractor) -> None:
    found = triples(extract(extractor, "The Chips Act, signed into law by President Biden in 2022, provides $52.7 billion "
                                       "for semiconductor manufacturing."))
    assert ("Joe Biden", "ENACTS", "CHIPS and Science Act") in found


def test_shipping_to_a_companys_own_plants_in_a_state_supplies_no_one(extractor) -> None:
    found = triples(extract(extractor, "Samsung Electronics and SK Hynix were granted waivers to ship equipment to their "
                                       "China plants."))
    assert not any(r == "SUPPLIES" for _, r, _ in found)
    assert ("ASML", "SUPPLIES", "SMIC") in triples(extract(extractor, "ASML sold machines to SMIC's Beijing plants."))


def test_opening_a_plant_with_companies_is_working_with_them(extractor) -> None:
    found = triples(extract(extractor, "Taiwan's TSMC opened its first plant in Kumamoto, Japan, with Sony and Denso."))
    assert ("Sony", "PARTNERS_WITH", "TSMC") in found or ("TSMC", "PARTNERS_WITH", "Sony") in found


def test_a_capitalised_word_for_a_gathering_after_the_ends_its_name(extractor) -> None:
    x = extract(extractor, "The deal was announced at the AI Summit in London.")
    assert ("AI Summit", "Event") in {(e.name, e.type) for e in x.entities}
    x = extract(extractor, "Fifty countries have endorsed the Framework Convention on Artificial Intelligence.")
    assert "Framework Convention" not in {e.name for e in x.entities if e.type == "Event"}


def test_a_gathering_named_inside_another_is_a_gathering_of_its_own(extractor) -> None:
    x = extract(extractor, "A new strategy was published today at London Tech Week AI Summit.")
    assert ("London Tech Week AI Summit", "Event") in {(e.name, e.type) for e in x.entities}


def test_armed_forces_named_with_their_state_are_its_agency(extractor) -> None:
    found = triples(extract(extractor, "The strategy will modernise the Israel Defense Forces and the UK Armed Forces."))
    assert ("Israel Defense Forces", "PART_OF", "Israel") in found or ("Israel Defense Forces", "PART_OF", "Israel") \
        in {(s, r, o) for s, r, o in found}
    x = extract(extractor, "The strategy will modernise the Spanish Armed Forces.")
    assert types(x).get("Spanish Armed Forces", types(x).get("Armed Forces")) == "Agency"


def test_a_headline_new_and_a_dropped_state_word_name_the_same_entity(extractor) -> None:
    x = extract(extractor, "New Defence AI Strategy launched to modernise the UK Armed Forces.\n\nThe Defence AI Strategy "
                           "outlines how to revolutionise our Armed Forces capabilities.")
    names = {e.name for e in x.entities}
    assert "Defence AI Strategy" in names and "New Defence AI Strategy" not in names
    assert "Armed Forces" not in names


def test_the_office_after_a_bodys_possessive_in_an_apposition_is_held_in_the_body(extractor) -> None:
    found = triples(extract(extractor, "The news was announced by Paul Lincoln, the MOD’s 2nd Parliamentary Under "
                                       "Secretary of State at the AI Summit."))
    assert ("Paul Lincoln", "WORKS_FOR", "Ministry of Defence") in found


def test_capitalised_words_after_a_lower_case_office_word_are_its_holder(extractor) -> None:
    found = triples(extract(extractor, "MOFCOM spokesperson He Yadong said the measures violate trade rules."))
    assert ("He Yadong", "WORKS_FOR", "Ministry of Commerce of China") in found
    x = extract(extractor, "The ministry spokesperson said Beijing would respond.")
    assert not any(e.type == "Person" for e in x.entities)


def test_a_hyphenated_agency_name_is_known(extractor) -> None:
    found = triples(extract(extractor, "Japan's AI Safety Institute is part of the Information-technology Promotion Agency."))
    assert ("Japan AI Safety Institute", "PART_OF", "Information-technology Promotion Agency") in found


def test_a_model_shaped_name_a_release_verb_releases_is_a_model(extractor) -> None:
    found = triples(extract(extractor, "Chinese startup Zhipu AI released GLM-4.5 as open source."))
    assert ("Zhipu AI", "DEVELOPS", "GLM-4.5") in found
    assert not extract(extractor, "The company released FY2024 results.").entities


def test_a_model_code_after_a_known_family_names_a_model_of_it(extractor) -> None:
    found = triples(extract(extractor, "Tencent unveiled its Hunyuan T1 reasoning model."))
    assert ("Tencent", "DEVELOPS", "Hunyuan T1") in found


def test_open_sourcing_models_is_developing_them_whatever_the_parser_reads(extractor) -> None:
    found = triples(extract(extractor, "Meta open-sourced Llama 4 Scout and Llama 4 Maverick."))
    assert {("Meta", "DEVELOPS", "Llama 4 Scout"), ("Meta", "DEVELOPS", "Llama 4 Maverick")} <= found


def test_a_possessors_parent_company_is_the_whole_it_is_part_of(extractor) -> None:
    found = triples(extract(extractor, "Arm's parent company SoftBank plans to list more shares."))
    assert ("Arm", "PART_OF", "SoftBank") in found and ("SoftBank", "PART_OF", "Arm") not in found


def test_a_state_word_opening_a_signers_title_is_no_party_to_the_agreement(extractor) -> None:
    found = triples(extract(extractor, "The agreement was signed by Commerce Secretary Gina Raimondo and UK Technology "
                                       "Secretary Michelle Donelan."))
    assert not any(r == "PARTNERS_WITH" and "Gina Raimondo" in (s, o) for s, r, o in found)
    assert ("Nvidia", "PARTNERS_WITH", "United Kingdom") in triples(extract(
        extractor, "The memorandum was signed by Nvidia and the UK government."))


def test_a_coordinated_product_with_its_own_possessor_is_that_possessors(extractor) -> None:
    found = triples(extract(extractor, "The new rules apply to Nvidia's H20 and AMD's MI308 chips."))
    assert ("AMD", "DEVELOPS", "H20") not in found
    assert {("Nvidia", "DEVELOPS", "H20"), ("AMD", "DEVELOPS", "MI308")} <= found


def test_the_title_after_titled_names_the_measure_signed(extractor) -> None:
    found = triples(extract(extractor, "The Commerce Department issued a rule called Framework for Artificial "
                                       "Intelligence Diffusion on January 13."))
    assert ("US Department of Commerce", "ENACTS", "Framework for Artificial Intelligence Diffusion") in found
    found = triples(extract(extractor, "President Trump signed an executive order titled Removing Barriers to American "
                                       "Leadership in Artificial Intelligence."))
    assert ("Donald Trump", "ENACTS", "Executive Order 14179") in found


def test_a_states_possessive_before_a_known_body_of_another_state_makes_it_its_own(extractor) -> None:
    found = triples(extract(extractor, "Brazil's Senate approved an AI bill."))
    assert not any("US Senate" in (s, o) for s, _, o in found)
    assert ("Brazil Senate", "PART_OF", "Brazil") in found


def test_a_national_assembly_is_a_states_agency(extractor) -> None:
    found = triples(extract(extractor, "South Korea's National Assembly passed the AI Basic Act."))
    assert ("National Assembly", "PART_OF", "South Korea") in found


def test_a_states_embassy_is_its_agency(extractor) -> None:
    found = triples(extract(extractor, "The Chinese Embassy in Washington called the move an abuse of export controls."))
    assert ("Chinese Embassy", "PART_OF", "China") in found
    assert ("US Embassy", "PART_OF", "United States") in triples(extract(
        extractor, "The US Embassy in Beijing issued a statement."))


def test_coordinated_demonyms_before_a_noun_for_actors_both_stand_for_their_states(extractor) -> None:
    found = triples(extract(extractor, "The US imposed sanctions on Russian and Chinese firms."))
    assert {("United States", "RESTRICTS", "Russia"), ("United States", "RESTRICTS", "China")} <= found


def test_what_an_acquisition_is_of_is_a_company(extractor) -> None:
    assert ("SoftBank", "ACQUIRES", "Graphcore") in triples(extract(extractor, "SoftBank announced the purchase of Graphcore."))


def test_a_bare_name_listed_with_companies_is_a_company(extractor) -> None:
    found = triples(extract(extractor, "The Commerce Department added 140 entities to the Entity List, including Naura "
                                       "and Piotech."))
    assert ("US Department of Commerce", "RESTRICTS", "Naura") in found


def test_a_firm_sued_in_a_place_is_not_based_there(extractor) -> None:
    found = triples(extract(extractor, "YMTC filed a lawsuit against Micron in California."))
    assert not any(r == "BASED_IN" for _, r, _ in found)


def test_an_executive_order_on_its_title_is_the_order_the_title_names(extractor) -> None:
    found = triples(extract(extractor, "On October 30, 2023, President Biden issued an Executive order on \"Safe, Secure, "
                                       "and Trustworthy Development and Use of Artificial Intelligence,\" which directed "
                                       "the Secretary of Commerce to act."))
    assert ("Joe Biden", "ENACTS", "Executive Order 14110") in found


def test_a_capital_in_a_line_that_dates_a_release_is_a_place(extractor) -> None:
    x = extract(extractor, "Brussels, 9 April 2025\n\nToday, the Commission presented its plan.")
    assert types(x).get("Brussels") == "Location"


def test_the_person_a_controlling_verb_names_does_what_its_infinitive_says(extractor) -> None:
    found = triples(extract(extractor, "Secretary of Commerce Gina Raimondo named Laurie Locascio to lead the National "
                                       "Institute of Standards and Technology."))
    assert ("Laurie Locascio", "LEADS", "National Institute of Standards and Technology") in found
    assert ("Gina Raimondo", "LEADS", "National Institute of Standards and Technology") not in found


def test_acting_at_someones_direction_is_no_leadership(extractor) -> None:
    found = triples(extract(extractor, "The office was set up inside NIST at the direction of President Biden."))
    assert ("Joe Biden", "LEADS", "National Institute of Standards and Technology") not in found


def test_a_department_s_portfolio_word_alone_is_that_department(extractor) -> None:
    found = triples(extract(extractor, "The Department of Commerce oversees trade. The Bureau of Industry and Security "
                                       "at Commerce writes the export rules."))
    assert ("Bureau of Industry and Security", "PART_OF", "US Department of Commerce") in found
    assert "Commerce" not in names(extract(extractor, "NIST at Commerce is named after the Department of Commerce."))


def test_a_persons_own_work_at_a_body_is_work_for_it(extractor) -> None:
    found = triples(extract(extractor, "Dr. Ana Ruiz will continue her work at NIST on AI standards."))
    assert ("Ana Ruiz", "WORKS_FOR", "National Institute of Standards and Technology") in found


def test_a_states_named_programme_after_its_possessive_is_a_policy_it_runs(extractor) -> None:
    x = extract(extractor, "The entities supported China's High Altitude Balloon program, officials said.")
    assert types(x).get("High Altitude Balloon") == "Policy"
    assert ("China", "ENACTS", "High Altitude Balloon") in triples(x)


def test_targeting_a_states_programmes_does_not_restrict_the_state(extractor) -> None:
    found = triples(extract(extractor, "The Commerce Department acted to target Iranian drone programs."))
    assert ("US Department of Commerce", "RESTRICTS", "Iran") not in found


def test_a_laws_short_form_in_its_own_language_is_an_alias(extractor) -> None:
    x = extract(extractor, "The Cabinet invoked the Goods Availability Act (Wbg) on Friday. The Wbg lets a minister act.")
    assert "Wbg" not in names(x)
    assert types(x).get("Goods Availability Act") == "Policy"


def test_a_ministers_bracketed_portfolio_names_the_ministry_led(extractor) -> None:
    found = triples(extract(extractor, "Minister Karremans (Economic Affairs): \"The Netherlands will monitor the "
                                       "supply of chips closely.\""))
    assert ("Vincent Karremans", "LEADS", "Ministry of Economic Affairs of the Netherlands") in found


def test_a_law_a_demonym_calls_a_states_own_was_enacted_by_that_state(extractor) -> None:
    found = triples(extract(extractor, "The Digital Markets Act is a 2022 European law. The Goods Availability Act is a "
                                       "1952 Dutch framework law that grants the government powers."))
    assert ("Netherlands", "ENACTS", "Goods Availability Act") in found


def test_a_name_set_off_after_a_word_for_a_law_is_that_law(extractor) -> None:
    x = extract(extractor, "The rule refers to article 7 of the German civil code, Bürgerliches Gesetzbuch.")
    assert types(x).get("Bürgerliches Gesetzbuch") == "Policy"
    assert ("Germany", "ENACTS", "Bürgerliches Gesetzbuch") in triples(x)


def test_a_name_a_copula_defines_as_an_initiative_is_a_policy_its_leader_runs(extractor) -> None:
    x = extract(extractor, "Chip Shield is a Japan-led international initiative on semiconductor supply chains. The "
                           "initiative is coordinated by the Ministry of Economy, Trade and Industry.")
    assert types(x).get("Chip Shield") == "Policy"
    found = triples(x)
    assert ("Japan", "ENACTS", "Chip Shield") in found
    assert ("Ministry of Economy, Trade and Industry", "ENACTS", "Chip Shield") in found


def test_coordinating_with_a_body_is_partnering_with_it(extractor) -> None:
    found = triples(extract(extractor, "France will coordinate closely with the European Commission on chip supplies."))
    assert ("France", "PARTNERS_WITH", "European Commission") in found \
        or ("European Commission", "PARTNERS_WITH", "France") in found


def test_a_programme_announced_under_a_strategy_is_part_of_it(extractor) -> None:
    found = triples(extract(extractor, "Acme received money from the AI Compute Access Program, launched in 2024 under "
                                       "the Canadian Sovereign AI Compute Strategy."))
    assert ("AI Compute Access Program", "PART_OF", "Canadian Sovereign AI Compute Strategy") in found


def test_military_bases_and_numbered_units_are_a_place_and_an_agency(extractor) -> None:
    x = extract(extractor, "Engineers of 845 Naval Air Squadron flew from Royal Naval Air Station Culdrose. Later the "
                           "squadron left RNAS Culdrose for Ramstein Air Base.")
    kinds = types(x)
    assert kinds.get("845 Naval Air Squadron") == "Agency"
    assert kinds.get("Royal Naval Air Station Culdrose") == "Location"
    assert kinds.get("Ramstein Air Base") == "Location"
    assert "RNAS Culdrose" not in kinds  # the short form is the same base


def test_a_quoted_name_after_a_word_for_a_software_tool_is_that_tool(extractor) -> None:
    x = extract(extractor, "The Army tested a planning software tool, ‘Sentinel’, last month. ‘Sentinel’ flags faults.")
    assert types(x).get("Sentinel") == "AIModel"


def test_a_collaborative_project_between_bodies_makes_them_partners(extractor) -> None:
    found = triples(extract(extractor, "A collaborative project between 820 Naval Air Squadron (based in HMNB Devonport), "
                                       "BAE Systems and Royal Navy Engineers is testing the software."))
    assert ("820 Naval Air Squadron", "PARTNERS_WITH", "BAE Systems") in found or \
        ("BAE Systems", "PARTNERS_WITH", "820 Naval Air Squadron") in found
    assert ("820 Naval Air Squadron", "BASED_IN", "HMNB Devonport") in found
    assert not any("Royal Navy" in (s, o) for s, r, o in found if r == "PARTNERS_WITH")


def test_a_minister_for_a_portfolio_opening_a_sentence_serves_the_article_government(extractor) -> None:
    found = triples(extract(extractor, "The UK government set out plans today.\n\nMinister for Veterans, Alex Smith, "
                                       "visited the site."))
    assert ("Alex Smith", "WORKS_FOR", "United Kingdom") in found


def test_a_generic_summit_at_a_known_summits_place_is_that_summit(extractor) -> None:
    found = triples(extract(extractor, "The visit comes ahead of the UK government's AI Summit at Bletchley Park."))
    assert ("Bletchley Park", "HOSTS", "AI Safety Summit 2023") in found


def test_a_list_items_name_is_what_it_refers_to(extractor) -> None:
    found = triples(extract(extractor, "The office has three units:\n• Policy Unit that drafts rules for the Commission.\n"
                                       "• Research Unit that funds studies. It coordinates the GenAI4EU initiative.\n"))
    assert ("Research Unit", "ENACTS", "GenAI4EU") in found


def test_a_statement_label_with_an_emptied_name_bracket_is_no_subject(extractor) -> None:
    found = triples(extract(extractor, "Secretary of State for Defence (): Last year Japan and Australia signed a new "
                                       "technology partnership."))
    assert not any(s == "Ministry of Defence" for s, _, _ in found)


def test_parties_launching_a_partnership_together_take_part_in_it(extractor) -> None:
    found = triples(extract(extractor, "In 2021 the United Kingdom, the United States and Australia launched a new "
                                       "security partnership known as AUKUS."))
    assert ("Australia", "PARTICIPATES_IN", "AUKUS") in found
    assert ("Australia", "ENACTS", "AUKUS") not in found


def test_a_state_qualified_title_before_a_name_serves_that_state_and_names_no_parent(extractor) -> None:
    found = triples(extract(extractor, "She met the Australian Defence Minister and Deputy Prime Minister, Richard Marles, "
                                       "and the US Secretary of Defense, Lloyd Austin, in Canberra, Australia."))
    assert {("Richard Marles", "LEADS", "Australian Department of Defence"), ("Richard Marles", "WORKS_FOR", "Australia"),
            ("Lloyd Austin", "LEADS", "US Department of Defense"), ("Lloyd Austin", "WORKS_FOR", "United States")} <= found
    assert ("Australian Department of Defence", "PART_OF", "Australia") not in found


def test_a_royal_force_or_a_known_body_with_its_states_demonym_is_part_of_that_state(extractor) -> None:
    found = triples(extract(extractor, "Sailors of the Royal Australian Navy briefed the Australian Parliament."))
    assert {("Royal Australian Navy", "PART_OF", "Australia"), ("Parliament of Australia", "PART_OF", "Australia")} <= found


def test_people_met_with_at_a_named_gathering_take_part_in_it_and_its_place_hosts_it(extractor) -> None:
    found = triples(extract(extractor, "I was glad to meet with the Japanese Defence Minister, Gen Nakatani, and Lloyd "
                                       "Austin at a naval base in Hawaii for the annual AUKUS Defence Ministers' Meeting."))
    assert ("Lloyd Austin", "PARTICIPATES_IN", "AUKUS Defence Ministers' Meeting") in found
    assert ("Hawaii", "HOSTS", "AUKUS Defence Ministers' Meeting") in found


def test_a_releases_issuing_body_breaks_a_tie_between_named_states(extractor) -> None:
    found = triples(extract(extractor, "OTTAWA, ON, Nov. 11, 2021 /CNW/ - Innovation, Science and Economic Development "
                                       "Canada\n\nToday, the Honourable François-Philippe Champagne, Minister of "
                                       "Innovation, Science and Industry, travelled to Paris, France. France and Canada "
                                       "will work together."))
    assert ("François-Philippe Champagne", "WORKS_FOR", "Canada") in found


def test_a_body_whose_gathering_is_in_a_place_is_not_based_there(extractor) -> None:
    found = triples(extract(extractor, "Ministers attended the annual plenary of the Global Partnership on Artificial "
                                       "Intelligence in Tokyo."))
    assert not any(r == "BASED_IN" for _, r, _ in found)


def test_a_states_office_holder_named_before_the_title_serves_that_state(extractor) -> None:
    found = triples(extract(extractor, "The Minister was joined by Cédric O, France's Minister of State for the Digital "
                                       "Transition."))
    assert ("Cédric O", "WORKS_FOR", "France") in found


def test_a_state_chairing_a_body_is_a_member_of_it(extractor) -> None:
    found = triples(extract(extractor, "The minister praised the progress that GPAI has made under Canada's chairmanship. "
                                       "The talks were held during the UK's G7 presidency."))
    assert {("Canada", "MEMBER_OF", "Global Partnership on Artificial Intelligence"),
            ("United Kingdom", "MEMBER_OF", "G7")} <= found
    assert ("G7", "BASED_IN", "United Kingdom") not in found


# -- fourteenth session: rules found reading l01–l06 and i01–i10 -----------------------------------------------

def test_two_people_each_with_a_title_sign_for_their_own_states(extractor) -> None:
    found = triples(extract(extractor, "OTTAWA, ON, May 2, 2025 /CNW/ - Today the Right Honourable Jane Doolittle, the "
                                       "United Kingdom's (UK) Secretary of State for Trade, and the Honourable Marc Tremblay, "
                                       "Minister of Industry, signed two memorandums of understanding (MOU) in Canada."))
    assert ("Jane Doolittle", "WORKS_FOR", "United Kingdom") in found
    assert ("Marc Tremblay", "WORKS_FOR", "Canada") in found
    assert ("Canada", "PARTNERS_WITH", "United Kingdom") in found or ("United Kingdom", "PARTNERS_WITH", "Canada") in found
    assert not any(r[0] == "Jane Doolittle" and r[1] == "PARTNERS_WITH" for r in found)


def test_a_coalition_that_includes_backers_invests_through_them(extractor) -> None:
    found = triples(extract(extractor, "The Harbour Project is backed by a $20 million investment from an international "
                                       "coalition that includes Amazon Web Services and the Advanced Research and Invention Agency."))
    assert ("Amazon Web Services", "INVESTS_IN", "Harbour Project") in found
    assert ("Advanced Research and Invention Agency", "INVESTS_IN", "Harbour Project") in found


def test_people_on_an_events_margins_take_part_in_it(extractor) -> None:
    found = triples(extract(extractor, "On the margins of the G7 Energy, Climate and Environment Ministers' Meeting in Turin, "
                                       "Minister Rosa Lindqvist met with Minister Tomas Berg."))
    assert ("Rosa Lindqvist", "PARTICIPATES_IN", "G7 Energy, Climate and Environment Ministers' Meeting") in found
    assert ("Tomas Berg", "PARTICIPATES_IN", "G7 Energy, Climate and Environment Ministers' Meeting") in found


def test_a_state_represented_by_its_people_employs_them(extractor) -> None:
    found = triples(extract(extractor, "Japan was represented by Mr. Hiro Tanaka, State Minister for Digital Transformation, "
                                       "and Ms. Emi Sato, Vice-Minister for International Affairs, while the UK was "
                                       "represented by Mr. Paul Grant."))
    assert {("Hiro Tanaka", "WORKS_FOR", "Japan"), ("Emi Sato", "WORKS_FOR", "Japan"),
            ("Paul Grant", "WORKS_FOR", "United Kingdom")} <= found


def test_bodies_listed_before_one_qualified_by_a_state_share_it(extractor) -> None:
    found = triples(extract(extractor, "The Ministry of Internal Affairs and Communications (MIC), the Digital Agency, and the "
                                       "Ministry of Economy, Trade and Industry (METI) of Japan held a meeting."))
    assert ("Digital Agency", "PART_OF", "Japan") in found
    assert ("Ministry of Internal Affairs and Communications", "PART_OF", "Japan") in found


def test_a_name_with_honours_is_a_person(extractor) -> None:
    ex = extract(extractor, "Harriet Vale OBE has been appointed by Technology Secretary Peter Kyle to chair the board.")
    assert types(ex).get("Harriet Vale") == "Person"
    assert "Obe" not in types(ex)


def test_words_whose_initials_with_a_capitalised_word_spell_the_acronym_are_one_name(extractor) -> None:
    ex = extract(extractor, "She will chair Building Digital UK (BDUK) – the government agency responsible for broadband.")
    assert types(ex).get("Building Digital UK") == "Agency"


def test_the_one_appointed_to_chair_a_body_leads_it(extractor) -> None:
    found = triples(extract(extractor, "Harriet Vale OBE has been appointed by Technology Secretary Peter Kyle to chair "
                                       "Building Digital UK (BDUK), which rolls out broadband across the UK."))
    assert ("Harriet Vale", "LEADS", "Building Digital UK") in found
    assert ("Peter Kyle", "WORKS_FOR", "United Kingdom") in found


def test_the_two_leaders_are_the_last_two_people_named(extractor) -> None:
    found = triples(extract(extractor, "Mark Carney, Prime Minister of Canada, and Sir Keir Starmer, Prime Minister of the "
                                       "United Kingdom, met in Ottawa. The two leaders reaffirmed their steadfast support for Ukraine."))
    assert {("Mark Carney", "SUPPORTS", "Ukraine"), ("Keir Starmer", "SUPPORTS", "Ukraine")} <= found


def test_a_seat_followed_by_its_country_is_the_city(extractor) -> None:
    ex = extract(extractor, "The Prime Minister concluded a visit to Brussels, Belgium, where he met business leaders.")
    assert types(ex).get("Brussels") == "Location"


def test_a_states_bloc_presidency_is_membership(extractor) -> None:
    found = triples(extract(extractor, "During Italy's G7 presidency, ministers met in Rome."))
    assert ("Italy", "MEMBER_OF", "G7") in found


def test_a_dialogue_with_a_state_has_it_taking_part_and_its_venue_hosting_it(extractor) -> None:
    found = triples(extract(extractor, "The Commission held its third High-level Digital Dialogue with Japan in Tokyo."))
    assert ("Japan", "PARTICIPATES_IN", "High-level Digital Dialogue") in found
    assert ("Tokyo", "HOSTS", "High-level Digital Dialogue") in found
    assert not any(r[1] == "HOSTS" and r[0] == "Japan" for r in found)


def test_a_joint_body_of_two_states_makes_them_partners(extractor) -> None:
    found = triples(extract(extractor, "The EU-India Trade and Technology Council offers a forum of cooperation."))
    assert ("European Union", "PARTNERS_WITH", "India") in found or ("India", "PARTNERS_WITH", "European Union") in found


def test_a_country_home_to_a_company_is_where_it_is_based(extractor) -> None:
    found = triples(extract(extractor, "Japan is home to Sony. South Korea is the birthplace of companies like Hanbit Robotics."))
    assert {("Sony", "BASED_IN", "Japan"), ("Hanbit Robotics", "BASED_IN", "South Korea")} <= found


def test_a_declaration_known_as_a_name_is_that_policy_and_its_signers_take_part(extractor) -> None:
    found = triples(extract(extractor, "In December we signed a declaration known as Pax Aurora that brought together Japan, "
                                       "Australia, the UK, and the United States, with the participation of the Netherlands."))
    assert {("Japan", "PARTICIPATES_IN", "Pax Aurora"), ("United Kingdom", "PARTICIPATES_IN", "Pax Aurora"),
            ("Netherlands", "PARTICIPATES_IN", "Pax Aurora")} <= found


def test_a_canada_newswire_dateline_gives_a_bare_minister_canada(extractor) -> None:
    found = triples(extract(extractor, "HALIFAX, May 2, 2025 /CNW/ - Today, the Honourable Jane Doucet, Minister of Rural "
                                       "Economic Development, met with Karl Brandt, Germany's Minister for Digital Affairs. "
                                       "Canada and Germany agreed to work together."))
    assert ("Jane Doucet", "WORKS_FOR", "Canada") in found
    assert ("Jane Doucet", "WORKS_FOR", "Germany") not in found


def test_the_ministers_after_a_sentence_naming_two_people_are_those_two(extractor) -> None:
    found = triples(extract(extractor, "Ann Keller met with Piotr Nowak in Warsaw. The ministers agreed to launch the "
                                       "Canada–Poland Digital Alliance."))
    for person in ("Ann Keller", "Piotr Nowak"):  # (whichever verb the parser makes the head: agreed or launch)
        assert {(person, t, "Canada–Poland Digital Alliance") for t in ("ENACTS", "PARTICIPATES_IN")} & found
    assert not any(r[1] == "PARTNERS_WITH" and r[0] in {"Ann Keller", "Piotr Nowak"} for r in found)


def test_an_alliance_or_partnership_of_two_named_states_is_a_pact_they_take_part_in(extractor) -> None:
    ex = extract(extractor, "They began implementing the Canada-EU Digital Partnership and the Canada–Germany Digital Alliance.")
    assert types(ex).get("Canada-EU Digital Partnership") == "Policy"
    assert types(ex).get("Canada–Germany Digital Alliance") == "Policy"
    assert ("European Union", "PARTICIPATES_IN", "Canada-EU Digital Partnership") in triples(ex)


def test_an_agency_named_with_its_state_after_of_keeps_the_name_and_is_part_of_the_state(extractor) -> None:
    found = triples(extract(extractor, "The call will be led by the National Research Council of Canada."))
    assert ("National Research Council of Canada", "PART_OF", "Canada") in found


def test_a_possessive_conjunct_before_an_office_is_the_office_holder(extractor) -> None:
    found = triples(extract(extractor, "Yesterday, Secretary Raimondo and Malaysia's Senior Minister for International Trade "
                                       "and Industry, Tan Sri Ahmad Rahman met and signed the memorandum."))
    assert ("Ahmad Rahman", "WORKS_FOR", "Malaysia") in found or ("Tan Sri Ahmad Rahman", "WORKS_FOR", "Malaysia") in found
    assert ("Gina Raimondo", "WORKS_FOR", "Malaysia") not in found


def test_a_title_then_a_comma_then_the_holder_names_who_employs_them(extractor) -> None:
    found = triples(extract(extractor, "The European Union (EU) Commissioner for Trade, Maria Lindqvist, met officials today."))
    assert ("Maria Lindqvist", "WORKS_FOR", "European Union") in found


def test_a_unit_based_at_a_body_is_part_of_it(extractor) -> None:
    found = triples(extract(extractor, "The study was written by the Centre for Quantum Policy (CQP), a research centre "
                                       "based at the Alan Turing Institute."))
    assert ("Centre for Quantum Policy", "PART_OF", "Alan Turing Institute") in found


def test_our_demonym_partners_in_a_ministers_quote_ties_the_two_states(extractor) -> None:
    found = triples(extract(extractor, "The UK and its allies met in London. Defence Secretary Gavin Williamson said:\n\n"
                                       "The relationship we have with our American partners is indispensable."))
    assert ("United Kingdom", "PARTNERS_WITH", "United States") in found or ("United States", "PARTNERS_WITH", "United Kingdom") in found


def test_an_unnamed_head_of_a_body_acts_for_the_body(extractor) -> None:
    found = triples(extract(extractor, "The EU is determined to invest in AI. At the summit, the President of the Commission announced "
                                       "the Data Union Strategy."))
    assert ("European Commission", "ENACTS", "Data Union Strategy") in found


def test_a_headline_verb_is_no_part_of_a_persons_name(extractor) -> None:
    ex = extract(extractor, "Minister Haruto Sakamoto Visits Osaka\n\nMinister Sakamoto toured a factory in Osaka.")
    assert "Haruto Sakamoto Visits" not in types(ex)


def test_a_generic_annual_meeting_of_a_named_forum_takes_the_forums_name(extractor) -> None:
    found = triples(extract(extractor, "Minister Lee attended the 5th Annual Meeting of the Global Robotics Policy (GRP) "
                                       "Forum held in Busan."))
    assert ("Busan", "HOSTS", "Global Robotics Policy Forum") in found


def test_a_named_unit_of_a_known_company_is_its_own_firm(extractor) -> None:
    found = triples(extract(extractor, "Commerce and BAE Systems Space Systems, a business unit of BAE Systems, signed terms."))
    assert ("BAE Systems Space Systems", "PART_OF", "BAE Systems") in found


def test_a_bare_unknown_acronym_without_claims_is_no_company(extractor) -> None:
    ex = extract(extractor, "Japan is facing issues including LNG prices and investment.")
    assert "LNG" not in types(ex)


def test_surnames_listed_after_a_plural_title_are_the_known_people(extractor) -> None:
    ex = extract(extractor, "The European Commission proposed the act. Follow the press conference by Executive Vice-President "
                            "Vestager and Commissioners Breton and Gabriel.")
    assert "Thierry Breton" in types(ex)
    assert ("Thierry Breton", "WORKS_FOR", "European Commission") in triples(ex)


def test_a_companys_national_unit_before_a_possessive_is_still_that_unit(extractor) -> None:
    found = triples(extract(extractor, "The funding will expand capabilities at IBM Canada's Bromont facility."))
    assert ("IBM Canada", "BASED_IN", "Canada") in found


def test_offices_are_no_bodies_and_a_parliamentary_secretary_serves_the_release_state(extractor) -> None:
    ex = extract(extractor, "OTTAWA, ON, May 2, 2025 /CNW/ - Today, Jean Tremblay, Parliamentary Secretary to the Minister "
                            "of Industry and Member of Parliament for Laval, announced funding in Canada.")
    assert "Minister of Industry" not in types(ex) and "Member of Parliament" not in types(ex)
    assert ("Jean Tremblay", "WORKS_FOR", "Canada") in triples(ex)


def test_one_of_a_states_centres_is_based_in_the_state(extractor) -> None:
    found = triples(extract(extractor, "The work is at the Laurentian Photonics Collaborative Centre (LPCC), one of Canada's "
                                       "leading photonics research centres."))
    assert ("Laurentian Photonics Collaborative Centre", "BASED_IN", "Canada") in found


def test_a_passive_coordinated_right_after_the_verb_shares_its_agent(extractor) -> None:
    found = triples(extract(extractor, "Kestrel Microdevices was selected for the grant. This company was established and "
                                       "is invested by major companies including Toyota and Sony."))
    assert {("Toyota", "FOUNDED", "Kestrel Microdevices"), ("Sony", "INVESTS_IN", "Kestrel Microdevices")} <= found


def test_a_verb_with_its_own_phrase_before_and_shares_no_agent(extractor) -> None:
    found = triples(extract(extractor, "The Harbour Robotics Lab at McGill University was founded in 2001 and is co-directed "
                                       "by Professors Ann Roy and Li Wen."))
    assert not any(r[1] == "FOUNDED" for r in found)


def test_three_hyphenated_states_open_a_gathering_all_three_take_part_in(extractor) -> None:
    found = triples(extract(extractor, "It follows the Japan-U.S.-ROK Summit Meeting in Camp David last year."))
    assert {("Japan", "PARTICIPATES_IN", "Japan-U.S.-ROK Summit Meeting"),
            ("South Korea", "PARTICIPATES_IN", "Japan-U.S.-ROK Summit Meeting"),
            ("Camp David", "HOSTS", "Japan-U.S.-ROK Summit Meeting")} <= found


def test_parties_said_to_be_partners_are_partners_of_one_another(extractor) -> None:
    found = triples(extract(extractor, "Japan, Australia, and India are partners that share basic values."))
    assert ("Japan", "PARTNERS_WITH", "India") in found or ("India", "PARTNERS_WITH", "Japan") in found


def test_appointed_as_the_chairman_leads_the_body_just_named(extractor) -> None:
    found = triples(extract(extractor, "The platform will be named the Northern Quantum Research Center (NQRC), and the "
                                       "parties have agreed to appoint Mr. Sato Kenji as the chairman."))
    assert any(r[0] in {"Sato Kenji", "Kenji Sato"} and r[1:] == ("LEADS", "Northern Quantum Research Center") for r in found)


def test_organisations_involved_with_an_association_including_some_are_its_members(extractor) -> None:
    found = triples(extract(extractor, "The body will be named the Northern Quantum Research Center (NQRC). Several research "
                                       "organizations will be involved with this association, including RIKEN and Tohoku University."))
    assert {("RIKEN", "MEMBER_OF", "Northern Quantum Research Center"),
            ("Tohoku University", "MEMBER_OF", "Northern Quantum Research Center")} <= found


def test_two_capitalised_words_after_the_honourable_are_a_person(extractor) -> None:
    found = types(extract(extractor, "Today, the Honourable Parminder Gill, Minister of Innovation, Science and Industry, "
                                     "welcomed the projects."))
    assert found.get("Parminder Gill") == "Person"


def test_names_after_a_plural_company_noun_are_companies(extractor) -> None:
    found = types(extract(extractor, "Nordwell is partnering with logistics providers Keldon Freight Group, Marivale and "
                                     "Bois Ferme to launch a project."))
    assert {found.get(n) for n in ("Keldon Freight Group", "Marivale", "Bois Ferme")} == {"Firm"}


def test_air_before_a_state_is_an_airline_based_there(extractor) -> None:
    ex = extract(extractor, "The pilot will involve Air India and Kestrel Logistics.")
    assert types(ex).get("Air India") == "Firm"
    assert ("Air India", "BASED_IN", "India") in triples(ex)


def test_companies_whose_doing_a_gerund_states_after_the_verb_object_work_together(extractor) -> None:
    ex = extract(extractor, "Another project will involve Nordwell, Keldon Group and Marivale working in "
                            "collaboration to improve freight planning.")
    assert types(ex).get("Keldon Group") == "Firm"  # a "… Group" listed among companies alone is one
    found = triples(ex)
    assert {frozenset((a, b)) for a, t, b in found if t == "PARTNERS_WITH"} >= {
        frozenset(("Nordwell", "Keldon Group")), frozenset(("Nordwell", "Marivale")), frozenset(("Keldon Group", "Marivale"))}


def test_a_council_of_two_states_written_three_ways_is_one_gathering(extractor) -> None:
    ex = extract(extractor, "This note follows the first meeting of the Republic of Korea – EU Digital Trade Council. "
                            "The first Republic of Korea (ROK) – European Union (EU) Digital Trade Council met in Seoul on "
                            "2 May 2024. At the ROK-EU Digital Trade Council, both sides took stock.")
    councils = [e for e in ex.entities if e.name.endswith("Digital Trade Council")]
    assert len(councils) == 1 and councils[0].type == "Event"
    assert ("Seoul", "HOSTS", councils[0].name) in triples(ex)


def test_the_chairs_named_after_co_chaired_by_take_part_in_the_gathering(extractor) -> None:
    ex = extract(extractor, "The first Japan-EU Digital Trade Council met in Tokyo on 3 May 2024. The meeting was "
                            "co-chaired by the Korean Minister for Science and ICT (MSIT), Dr. Lee Jong-Ho and the European "
                            "Commissioner for the Internal Market, Thierry Breton.")
    found = triples(ex)
    assert {("Lee Jong-Ho", "PARTICIPATES_IN", "Japan-EU Digital Trade Council"),
            ("Thierry Breton", "PARTICIPATES_IN", "Japan-EU Digital Trade Council"),
            ("Lee Jong-Ho", "LEADS", "Ministry of Science and ICT"),
            ("Thierry Breton", "WORKS_FOR", "European Union")} <= found


def test_minister_for_and_minister_of_name_the_same_ministry(extractor) -> None:
    found = triples(extract(extractor, "The talks were led by the Korean Minister for Science and ICT, Lee Jong-Ho, in Seoul."))
    assert ("Lee Jong-Ho", "LEADS", "Ministry of Science and ICT") in found


def test_a_bare_document_kind_is_no_policy(extractor) -> None:
    found = types(extract(extractor, "This Joint Statement was issued after the meeting of Japan and Canada."))
    assert "Joint Statement" not in found


def test_fields_of_technology_listed_as_areas_are_no_entities(extractor) -> None:
    found = types(extract(extractor, "Both sides took stock of the results achieved in the areas of semiconductors, High "
                                     "Performance Computing (HPC) and Quantum technology, Beyond 5G and 6G, and cybersecurity."))
    assert not {"Performance Computing", "High Performance Computing", "Quantum", "Beyond 5G", "HPC"} & set(found)


def test_a_strategy_closing_with_a_known_region_keeps_it_and_a_coordinated_owner_owns_its_own(extractor) -> None:
    found = triples(extract(extractor, "It is in line with the EU's Strategy for Cooperation in the Indo-Pacific and "
                                       "Japan's new strategy for a free and open Indo-Pacific."))
    assert ("European Union", "ENACTS", "Strategy for Cooperation in the Indo-Pacific") in found
    assert ("Japan", "ENACTS", "Strategy for Cooperation in the Indo-Pacific") not in found


def test_a_forum_name_goes_on_through_for_and_capitalised_words(extractor) -> None:
    found = types(extract(extractor, "Both sides decided to establish a Japan-EU Forum for Photonics Researchers that will "
                                     "promote research."))
    assert "Japan-EU Forum for Photonics Researchers" in found


def test_the_two_states_a_partnership_pairs_are_partners(extractor) -> None:
    found = triples(extract(extractor, "The Japan-Kenya Digital Partnership, signed on 2 May 2024, deepens ties."))
    assert ("Japan", "PARTNERS_WITH", "Kenya") in found or ("Kenya", "PARTNERS_WITH", "Japan") in found


def test_the_capitalised_head_noun_refers_back_even_when_ner_named_it(extractor) -> None:
    ex = extract(extractor, "The Japan-Kenya Digital Partnership was signed in 2024. Both sides said the Partnership "
                            "will deepen ties.")
    assert "Partnership" not in types(ex)


def test_a_bodys_short_form_before_a_state_is_the_body_acting_there(extractor) -> None:
    found = triples(extract(extractor, "The Nordic Science Office (NSO) works abroad. NSO Japan played a key supporting role "
                                       "in establishing the Japan-Norway Robotics Partnership."))
    assert ("Nordic Science Office", "SUPPORTS", "Japan-Norway Robotics Partnership") in found
    assert ("Japan", "ENACTS", "Japan-Norway Robotics Partnership") not in found


def test_support_from_a_body_for_what_a_clause_establishes_supports_what_was_made(extractor) -> None:
    found = triples(extract(extractor, "The Nordic Science Office (NSO) works abroad. In 2022, Norway and Japan established "
                                       "the Japan-Norway Robotics Partnership, with support from the NSO."))
    assert ("Nordic Science Office", "SUPPORTS", "Japan-Norway Robotics Partnership") in found
    assert not {("Nordic Science Office", "SUPPORTS", "Japan"), ("Nordic Science Office", "SUPPORTS", "Norway")} & found


def test_a_fund_projects_are_announced_as_part_of_is_a_programme(extractor) -> None:
    found = types(extract(extractor, "The joint projects were announced as part of Global Research Links Fund (GRLF) in December."))
    assert found.get("Global Research Links Fund") == "Policy"


def test_a_ministers_meeting_name_holds_and_and_the_town_after_in_hosts_it(extractor) -> None:
    found = triples(extract(extractor, "The minister spoke at the G7 Digital and Technology Ministers' Meeting in Takasaki."))
    assert ("Takasaki", "HOSTS", "G7 Digital and Technology Ministers' Meeting") in found


def test_an_agreement_name_goes_on_through_an_ordinal(extractor) -> None:
    found = types(extract(extractor, "Canada and Japan agreed to renew the Science Cooperation Agreement for the 21st Century."))
    assert found.get("Science Cooperation Agreement for the 21st Century") == "Policy"


def test_the_two_countries_pact_is_both_states(extractor) -> None:
    found = triples(extract(extractor, "Canada and Japan will deepen their cooperation, after agreeing to renew the two "
                                       "countries' longstanding Science Cooperation Agreement for the 21st Century."))
    assert {("Canada", "PARTICIPATES_IN", "Science Cooperation Agreement for the 21st Century"),
            ("Japan", "PARTICIPATES_IN", "Science Cooperation Agreement for the 21st Century")} <= found


def test_a_minister_from_a_states_ministry_serves_the_state_too(extractor) -> None:
    found = triples(extract(extractor, "The arrangement was signed by State Minister Kenji Sato from Japan's Ministry of "
                                       "Economy, Trade and Industry."))
    assert {("Kenji Sato", "WORKS_FOR", "Ministry of Economy, Trade and Industry"), ("Kenji Sato", "WORKS_FOR", "Japan")} <= found


def test_a_capital_where_something_was_signed_is_the_city(extractor) -> None:
    found = types(extract(extractor, "The arrangement was signed by Minister Jane Roe today (Monday 15 May), in Tokyo."))
    assert found.get("Tokyo") == "Location"


def test_a_lower_case_bulleted_line_is_a_sentence_of_its_own(extractor) -> None:
    found = triples(extract(extractor, "Headline\n\n- new joint Canada-Japan projects were announced in December\n"
                                       "- deal comes as part of wider work, at the G7 Digital Ministers' Meeting in Takasaki\n"))
    assert not any(r[1] == "PARTICIPATES_IN" and r[2] == "G7 Digital Ministers' Meeting" for r in found)


def test_an_unknown_ministers_title_after_a_state_and_before_an_initialled_name(extractor) -> None:
    ex = extract(extractor, "Norway Minister-in-charge of Trade Relations K. Halvorsen met officials from Japan.")
    assert "K. Halvorsen" in types(ex)
    assert ("K. Halvorsen", "WORKS_FOR", "Norway") in triples(ex)


def test_everyday_words_before_partnership_in_a_text_about_states_name_a_pact(extractor) -> None:
    found = types(extract(extractor, "They agreed to accelerate steps towards a forward-looking Digital Partnership between "
                                     "Norway and Singapore. The Digital Partnership is intended to provide a framework."))
    assert found.get("Digital Partnership") == "Policy"


def test_a_dash_list_after_a_plural_subject_noun_is_the_subject(extractor) -> None:
    found = triples(extract(extractor, "Several leading AI companies - Anthropic, Google, Microsoft, and OpenAI - to partner "
                                       "with DARPA in a competition"))
    assert {("Defense Advanced Research Projects Agency", "PARTNERS_WITH", f) for f in ("Google", "OpenAI")} <= found


def test_capitalised_words_before_a_state_open_a_conference_name(extractor) -> None:
    found = triples(extract(extractor, "The challenge was announced at the Red Team USA Conference in Las Vegas, Nevada."))
    assert ("Las Vegas", "HOSTS", "Red Team USA Conference") in found


def test_a_bracketed_short_form_after_a_quoted_name_is_its_alias(extractor) -> None:
    found = triples(extract(extractor, 'The "Grid Defense Challenge" (GDxC) will test tools. The Biden-Harris '
                                       'Administration announced GDxC at the conference.'))
    assert ("Joe Biden", "ENACTS", "Grid Defense Challenge") in found


def test_a_body_leading_a_competition_runs_it_and_firms_it_includes_take_part(extractor) -> None:
    found = triples(extract(extractor, 'The "Grid Defense Challenge" (GDxC) will test tools. Led by the Defense Advanced '
                                       'Research Projects Agency (DARPA), this competition will include collaboration with '
                                       'several top AI companies - Anthropic, Google and OpenAI - who lend their expertise.'))
    assert ("Defense Advanced Research Projects Agency", "ENACTS", "Grid Defense Challenge") in found
    assert ("Google", "PARTICIPATES_IN", "Grid Defense Challenge") in found


def test_this_initiative_after_an_unnamed_new_call_is_not_an_earlier_named_policy(extractor) -> None:
    found = triples(extract(extractor, "The ministers agreed to launch the Canada–Norway Digital Alliance. Canada and Norway "
                                       "have agreed to launch a joint call for proposals in January. This initiative will be "
                                       "led by the National Research Council of Canada."))
    assert not any(r[1] == "ENACTS" and r[0] == "National Research Council of Canada" for r in found)


def test_parties_holding_their_joint_council_take_part_and_the_city_hosts_it(extractor) -> None:
    found = triples(extract(extractor, "On 3 May, the EU and Norway held their second Digital Trade Council in Brussels. "
                                       "The Council met again later."))
    assert {("European Union", "PARTICIPATES_IN", "Digital Trade Council"), ("Norway", "PARTICIPATES_IN", "Digital Trade Council"),
            ("Brussels", "HOSTS", "Digital Trade Council")} <= found
    assert ("European Union", "HOSTS", "Digital Trade Council") not in found


def test_a_list_of_titled_names_takes_the_first_titles_state_and_ranks_stay_ranks(extractor) -> None:
    found = triples(extract(extractor, "The Council was co-chaired by the Commissioner for the Internal Market, Thierry Breton, "
                                       "and by the Japanese Minister for Digital Transformation, Taro Kono, the Minister of "
                                       "Internal Affairs and Communications, Takeaki Matsumoto, and the Parliamentary "
                                       "Vice-Minister of Economy, Trade and Industry, Taku Ishii. The EU welcomed it."))
    assert {("Thierry Breton", "WORKS_FOR", "European Union"), ("Takeaki Matsumoto", "WORKS_FOR", "Japan"),
            ("Taku Ishii", "WORKS_FOR", "Japan"), ("Taku Ishii", "WORKS_FOR", "Ministry of Economy, Trade and Industry"),
            ("Takeaki Matsumoto", "LEADS", "Ministry of Internal Affairs and Communications")} <= found
    assert not {("Thierry Breton", "WORKS_FOR", "Japan"), ("Taro Kono", "LEADS", "Ministry of Internal Affairs and Communications"),
                ("Taku Ishii", "LEADS", "Ministry of Economy, Trade and Industry")} & found


def test_a_memorandum_name_goes_on_through_its_lower_case_topic(extractor) -> None:
    found = triples(extract(extractor, "The EU and Norway signed a Memorandum of Cooperation on digital identities and trust "
                                       "services."))
    assert ("Norway", "PARTICIPATES_IN", "Memorandum of Cooperation on digital identities and trust services") in found


def test_a_bodys_proposed_programme_is_not_yet_enacted(extractor) -> None:
    ex = extract(extractor, "This notice seeks input on DOE's proposed Frontiers in AI for Science, Security, and Technology "
                            "(FASST) initiative, which seeks to build models.")
    assert types(ex).get("Frontiers in AI for Science, Security, and Technology") == "Policy"
    assert not any(r[1] == "ENACTS" for r in triples(ex))


def test_a_body_name_ends_before_and_words_a_plural_noun_heads(extractor) -> None:
    found = types(extract(extractor, "The initiative uses infrastructure housed at the Northland Office of Science and "
                                     "Applied Energy facilities."))
    assert "Northland Office of Science and Applied Energy" not in found


def test_a_notices_section_label_in_capitals_is_no_name(extractor) -> None:
    found = types(extract(extractor, "SUPPLEMENTARY INFORMATION:\n\nI. Background\n\nThis is a request issued by the Office "
                                     "of Critical and Emerging Technologies."))
    assert "Supplementary Information" not in found and "SUPPLEMENTARY INFORMATION" not in found


def test_a_name_split_by_ner_whose_initials_spell_the_bracket_is_one_name(extractor) -> None:
    found = types(extract(extractor, "The Nordic Agri-Food Automation and Intelligence Network (NAAIN) is receiving funding."))
    assert found.get("Nordic Agri-Food Automation and Intelligence Network") == "Organization"


def test_money_a_network_receives_in_a_governments_release_is_that_governments(extractor) -> None:
    found = triples(extract(extractor, "OTTAWA, ON, March 13, 2025 /CNW/ - Canada announced more funding today. The Prairie "
                                       "Robotics Innovation Network (PRIN) is receiving a $10 million investment to grow."))
    assert ("Canada", "INVESTS_IN", "Prairie Robotics Innovation Network") in found


def test_bulleted_clauses_opening_with_a_verb_are_not_headings(extractor) -> None:
    ex = extract(extractor, "Technology Diplomacy\n\n  • Released the Northland Strategic Framework on Artificial "
                            "Intelligence;\n  • Initiated Science and Technology Agreement with Taiwan;\n  • Coordinated S&T in "
                            "E family;\n  • Created the Tech Diplomacy Working Group across the Department of State;\n  • "
                            "Participated in international forums such as FMSTAN;\n")
    found = types(ex)
    assert found.get("Northland Strategic Framework on Artificial Intelligence") == "Policy"
    assert found.get("Science and Technology Agreement") == "Policy"
    assert found.get("FMSTAN") == "Organization" and not any("S&T" in n for n in found)
    assert ("Tech Diplomacy Working Group", "PART_OF", "US Department of State") in triples(ex)


_COUNCIL_CALL = ("Today, the co-chairs of the Kenya-India Trade and Technology Council (KITTC), Secretary Maren Holt and "
                 "Minister Ivo Lindqvist, held a call with their Indian counterparts – Minister of External Affairs Subrahmanyam "
                 "Jaishankar, Minister of Railways Ashok Kumar and Minister of Commerce Piyush Goyal to weigh up the work done "
                 "under the Kenya-India KITTC so far.")


def test_a_ministers_name_after_the_portfolio_may_close_on_an_infinitive(extractor) -> None:
    ex = extract(extractor, _COUNCIL_CALL)
    assert types(ex).get("Piyush Goyal") == "Person"
    assert ("Piyush Goyal", "WORKS_FOR", "India") in triples(ex)


def test_a_council_named_for_a_pair_of_states_is_based_in_neither(extractor) -> None:
    found = triples(extract(extractor, _COUNCIL_CALL))
    assert not any(r[1] == "BASED_IN" and r[0] == "Kenya-India Trade and Technology Council" for r in found)


def test_a_body_named_only_in_a_heads_title_is_not_claimed_as_part_of_the_state(extractor) -> None:
    found = triples(extract(extractor, _COUNCIL_CALL))
    assert ("Subrahmanyam Jaishankar", "LEADS", "Ministry of External Affairs") in found
    assert ("Ministry of External Affairs", "PART_OF", "India") not in found


def test_a_plural_title_with_listed_names_makes_each_its_holder(extractor) -> None:
    found = triples(extract(extractor, _COUNCIL_CALL))
    assert ("Maren Holt", "LEADS", "Kenya-India Trade and Technology Council") in found
    assert ("Ivo Lindqvist", "LEADS", "Kenya-India Trade and Technology Council") in found


def test_a_memorandums_lower_case_topic_completes_its_title(extractor) -> None:
    ex = extract(extractor, "Both sides praised the agreement between Japan and Kenya on a Memorandum of Understanding on "
                            "battery recycling. It was signed in Nairobi.")
    assert types(ex).get("Memorandum of Understanding on battery recycling") == "Policy"
    found = triples(ex)
    assert ("Japan", "PARTICIPATES_IN", "Memorandum of Understanding on battery recycling") in found
    assert ("Kenya", "PARTICIPATES_IN", "Memorandum of Understanding on battery recycling") in found


def test_a_name_followed_by_a_bare_commissioners_title_serves_the_union(extractor) -> None:
    found = triples(extract(extractor, "The EU and Chile signed the accord. It was signed by Maria Lindholm, Commissioner for "
                                       "Trade, and the Chilean minister."))
    assert ("Maria Lindholm", "WORKS_FOR", "European Union") in found
    assert ("Maria Lindholm", "WORKS_FOR", "Chile") not in found  # the office after ", and the" is another signer's


def test_a_mixed_case_short_form_of_word_beginnings_bounds_a_programme_after_its_runners_name(extractor) -> None:
    found = types(extract(extractor, "The awards are made by the NSF Batteries of Tomorrow (BaTo) program this year."))
    assert found.get("Batteries of Tomorrow") == "Policy"
    assert found.get("National Science Foundation") == "Agency"


def test_a_partnership_spanning_a_body_and_a_listed_class_ties_the_body_to_each_member(extractor) -> None:
    found = triples(extract(extractor, "The work runs through a public-private partnership spanning NSF and three companies: "
                                       "Ericsson, IBM and Intel."))
    assert {("National Science Foundation", "PARTNERS_WITH", f) for f in ("Ericsson", "IBM", "Intel")} <= found
    assert ("Ericsson", "PARTNERS_WITH", "IBM") not in found and ("IBM", "PARTNERS_WITH", "Ericsson") not in found


def test_a_given_name_after_a_title_does_not_start_a_person_when_a_bodys_head_word_ends_the_name(extractor) -> None:
    found = types(extract(extractor, "The director, São Paolo Research Foundation (FAPESP) President Marco Antonio Zago and "
                                     "other delegates met."))
    assert "Paolo Research Foundation" not in found
    assert found.get("São Paolo Research Foundation") == "Organization"


def test_a_title_after_a_bodys_bracketed_short_form_is_held_in_that_body(extractor) -> None:
    ex = extract(extractor, "Australia hosted talks. Later, the Lisbon Research Foundation (LRF) President Marco Antonio Zago "
                            "met the delegates.")
    found = triples(ex)
    assert ("Marco Antonio Zago", "LEADS", "Lisbon Research Foundation") in found
    assert ("Marco Antonio Zago", "LEADS", "Australia") not in found


def test_a_hyphenated_body_and_company_before_a_partnership_are_partners(extractor) -> None:
    found = triples(extract(extractor, "The officials discussed the NSF-Micron $10M cross-sector partnership and the "
                                       "NSF-Australia partnership."))
    assert ("National Science Foundation", "PARTNERS_WITH", "Micron Technology") in found
    assert ("National Science Foundation", "PARTNERS_WITH", "Australia") in found


def test_a_royal_style_is_no_part_of_the_name_and_an_arabic_name_shortens_to_its_first_word(extractor) -> None:
    ex = extract(extractor, "I held a call with H.R.H. Prince Khalid bin Faisal Al Thani, Norway's Minister of Energy. "
                            "I will keep working with Minister Khalid.")
    people = [e for e in ex.entities if e.type == "Person"]
    assert [p.name for p in people] == ["Khalid bin Faisal Al Thani"]
    assert ("Khalid bin Faisal Al Thani", "WORKS_FOR", "Norway") in triples(ex)


def test_an_acronym_that_spells_its_heads_title_before_a_surname_names_the_holder(extractor) -> None:
    found = triples(extract(extractor, "The minister held meetings with USTR Tai and officials."))
    assert ("Katherine Tai", "LEADS", "US Trade Representative") in found


def test_a_lone_name_after_a_visit_to_is_a_place(extractor) -> None:
    found = types(extract(extractor, "My duties began with the visit to Fukushima right after I took office."))
    assert found.get("Fukushima") == "Location"


def test_a_partnership_named_head_first_for_its_purpose_is_a_programme_and_its_capitalised_head_refers_back(extractor) -> None:
    ex = extract(extractor, "Canada is partnering with six Canadian companies for the Partnership for Rural Connectivity "
                            "on Artificial Intelligence.\n\nThe minister launched the Partnership in Toronto.")
    assert types(ex).get("Partnership for Rural Connectivity on Artificial Intelligence") == "Policy"
    assert any(r[1] == "ENACTS" and r[2] == "Partnership for Rural Connectivity on Artificial Intelligence" for r in triples(ex)) \
        or any(m.text == "Partnership" for e in ex.entities for m in e.mentions
               if e.name == "Partnership for Rural Connectivity on Artificial Intelligence")


def test_unnamed_companies_of_a_state_are_not_that_state(extractor) -> None:
    found = triples(extract(extractor, "The Department of State is partnering with eight US companies on rural broadband."))
    assert not any(r[0] == "US Department of State" and r[2] == "United States" for r in found)


def test_a_long_list_the_parser_opens_with_an_apposition_is_still_a_list(extractor) -> None:
    found = triples(extract(extractor, "The agency announced a plan.\n\nIt was launched in Boston.\n\nAmazon, Anthropic, "
                                       "Google, IBM, Meta, Microsoft, Nvidia, and OpenAI are the corporate giants collaborating "
                                       "with the Department of State."))
    assert {(f, "PARTNERS_WITH", "US Department of State") for f in ("Amazon", "Anthropic", "Nvidia", "OpenAI")} <= {
        (a if a != "US Department of State" else b, t, "US Department of State") for a, t, b in found if t == "PARTNERS_WITH"}


def test_money_given_to_support_a_new_fund_is_invested_in_that_fund(extractor) -> None:
    ex = extract(extractor, "Google is providing $80 million to support a Rural AI Skills Fund in Kenya.")
    assert types(ex).get("Rural AI Skills Fund") == "Policy"
    assert ("Google", "INVESTS_IN", "Rural AI Skills Fund") in triples(ex)


def test_an_ordinal_before_an_assembly_names_one_session_and_a_side_event_there_puts_the_speaker_at_it(extractor) -> None:
    ex = extract(extractor, "At a recent side event at the 80th UN General Assembly, Secretary of State Antony Blinken "
                            "identified new actions.")
    assert types(ex).get("80th UN General Assembly") == "Event"
    assert ("Antony Blinken", "PARTICIPATES_IN", "80th UN General Assembly") in triples(ex)


def test_a_states_name_closing_a_company_name_after_a_firm_noun_is_part_of_it(extractor) -> None:
    ex = extract(extractor, "The project gave work to British architecture firm Brandtworth UK chosen to design the station.")
    assert types(ex).get("Brandtworth UK") == "Firm"
    assert ("Brandtworth UK", "BASED_IN", "United Kingdom") in triples(ex)


def test_a_demonym_before_a_leaders_title_is_no_company(extractor) -> None:
    found = types(extract(extractor, "The ministers met as Kenyan President Otieno visits London."))
    assert "Kenyan" not in found


def test_the_governments_policy_the_kb_knows_as_one_states_is_that_states(extractor) -> None:
    found = triples(extract(extractor, "Kenyan President Otieno visits London. During a visit to the UK by the President of "
                                       "Kenya, a pipeline of deals were agreed which will deliver on this government's commitment "
                                       "to boost jobs back in the UK, as part of the government's Plan for Change."))
    assert ("United Kingdom", "ENACTS", "Plan for Change") in found
    assert ("Kenya", "ENACTS", "Plan for Change") not in found


def test_an_organisation_named_for_a_hyphenated_given_name_is_a_person(extractor) -> None:
    found = types(extract(extractor, "Jean-Christophe Bouvrette, Minister of Finance, announced the new fund today."))
    assert found.get("Jean-Christophe Bouvrette") == "Person"


def test_a_portfolio_word_after_minister_responsible_for_is_no_person(extractor) -> None:
    found = types(extract(extractor, "Anne Tremblay, Minister Responsible for the Capitale-Nationale and Minister "
                                     "Responsible for the Metropolis, attended the launch."))
    assert "Metropolis" not in found


def test_a_policy_short_form_shared_by_other_states_names_the_texts_own_plan(extractor) -> None:
    ex = extract(extractor, "The Albanese Government today released new funding for Australian firms. The Centre is part "
                            "of the Government's $50 million investment under its AI Action Plan for Australia.")
    assert "America's AI Action Plan" not in types(ex)
    assert "AI Opportunities Action Plan" not in types(ex)
    assert types(ex).get("AI Action Plan") == "Policy"


def test_a_government_named_for_an_unknown_surname_is_the_state_led_by_that_person(extractor) -> None:
    ex = extract(extractor, "The Castellano Government has today opened a new cyber centre in Canberra to help "
                            "Australian businesses.")
    assert types(ex).get("Castellano") == "Person"
    assert ("Castellano", "LEADS", "Australia") in triples(ex)
    assert "Castellano Government" not in types(ex)


def test_a_level_of_government_is_no_leaders_surname(extractor) -> None:
    found = types(extract(extractor, "The Federal Government has today opened a new cyber centre in Canberra."))
    assert "Federal" not in found


def test_its_inside_a_phrase_another_possessor_owns_is_that_possessors(extractor) -> None:
    found = triples(extract(extractor, "Australia is investing in computing. The National Cyber Hub is part of the "
                                       "Government's $20 million package under its Digital Economy Strategy."))
    assert ("Australia", "ENACTS", "Digital Economy Strategy") in found


def test_a_named_arm_after_its_owners_possessive_is_part_of_the_owner(extractor) -> None:
    found = triples(extract(extractor, "The new lab sits within CSIRO's data and digital specialist arm Data61."))
    assert ("Data61", "PART_OF", "Commonwealth Scientific and Industrial Research Organisation") in found


def test_backing_a_states_sector_is_no_support_of_the_state(extractor) -> None:
    found = triples(extract(extractor, "The deal marks Microsoft's latest backing of the UK's tech and science sector."))
    assert ("Microsoft", "SUPPORTS", "United Kingdom") not in found


def test_a_secretariat_named_after_a_known_council_is_a_body_of_its_own(extractor) -> None:
    ex = extract(extractor, "On the Indian side, senior officials from the National Security Council Secretariat attended.")
    assert types(ex).get("National Security Council Secretariat") == "Agency"


def test_the_second_of_two_titled_leaders_coordinated_as_subjects_acts_too(extractor) -> None:
    found = triples(extract(extractor, "President Biden and Prime Minister Modi announced the US-India Space Dialogue "
                                       "Framework in June 2023."))
    assert ("Joe Biden", "ENACTS", "US-India Space Dialogue Framework") in found
    assert ("Narendra Modi", "ENACTS", "US-India Space Dialogue Framework") in found


def test_a_canadian_provinces_government_is_the_province(extractor) -> None:
    ex = extract(extractor, "The Government of Manitoba is also providing $2 million to support this project.")
    assert types(ex).get("Manitoba") == "Location"


def test_a_title_case_capital_opening_a_paragraph_before_a_dash_is_the_dateline_place(extractor) -> None:
    ex = extract(extractor, "Canada invests in computing.\n\nOttawa – Access to computing power is critical for Canadian "
                            "researchers, and the Government of Canada is committed to it.")
    assert types(ex).get("Ottawa") == "Location"


def test_of_and_a_year_after_a_laws_name_are_part_of_the_name(extractor) -> None:
    found = types(extract(extractor, "The investigation will be conducted under the Defense Production Act of 1950, "
                                     "as amended."))
    assert found.get("Defense Production Act of 1950") == "Policy"


def test_an_administration_named_for_its_leader_is_that_leaders_state_not_the_last_state_named(extractor) -> None:
    ex = extract(extractor, "China seeks to dominate the chip market. “This underscores the Biden-Harris Administration’s "
                            "commitment to American workers,” said the ambassador.")
    china = next(e for e in ex.entities if e.name == "China")
    assert "Administration" not in {m.text for m in china.mentions}


def test_a_paragraphs_run_in_heading_opening_with_a_verb_is_no_body(extractor) -> None:
    found = types(extract(extractor, "Our ties are strong.\n\nStrengthening Joint Force Planning and Command: The United "
                                     "States and Japan intend to upgrade their frameworks."))
    assert not any("Strengthening" in name or "Joint Force" in name for name in found)


def test_a_named_cell_is_an_agency(extractor) -> None:
    found = types(extract(extractor, "They will share data through the Trilateral Maritime Analysis Cell in Tokyo."))
    assert found.get("Trilateral Maritime Analysis Cell") == "Agency"


def test_cooperative_activities_between_two_states_make_them_partners(extractor) -> None:
    found = triples(extract(extractor, "The fact sheet sets out plans for further cooperative activities between the "
                                       "United Kingdom and Japan."))
    assert ("United Kingdom", "PARTNERS_WITH", "Japan") in found or ("Japan", "PARTNERS_WITH", "United Kingdom") in found


def test_capitalised_generic_words_after_our_name_the_owners_own_policy(extractor) -> None:
    found = types(extract(extractor, "Around 50 firms have asked to join our AI Pact, under which they commit early."))
    assert found.get("AI Pact") == "Policy"


def test_a_name_sharing_a_plural_programme_noun_with_a_known_programme_is_a_programme(extractor) -> None:
    ex = extract(extractor, "The Commission funds research from the Horizon Europe and Digital Europe programmes.")
    assert types(ex).get("Digital Europe Programme") == "Policy"
    assert "Europe" not in types(ex)


def test_the_act_refers_back_to_the_act_named_before_not_a_nearer_programme(extractor) -> None:
    ex = extract(extractor, "The Council adopted the Data Act in 2023. The Commission runs the Horizon Europe programme. "
                            "It funds research. It also funds start-ups. Until the Act applies, firms may prepare.")
    data_act = next(e for e in ex.entities if e.name == "Data Act")
    horizon = next(e for e in ex.entities if e.name == "Horizon Europe")
    assert "Act" in {m.text for m in data_act.mentions}
    assert "Act" not in {m.text for m in horizon.mentions}


def test_we_in_a_statement_by_a_known_leader_is_the_body_they_lead(extractor) -> None:
    found = triples(extract(extractor, "Statement by President von der Leyen on the Data Act\n\nWe first put forward the "
                                       "Data Act in February 2022. Firms may join our Data Pact."))
    assert ("European Commission", "ENACTS", "Data Act") in found
    assert ("European Commission", "ENACTS", "Data Pact") in found


def test_lawmakers_agreement_on_an_act_enacts_it_and_the_council_beside_parliament_is_the_eus(extractor) -> None:
    found = triples(extract(extractor, "The EU welcomed today's political agreement by the European Parliament and the "
                                       "Council on the Cyber Resilience Act."))
    assert ("European Parliament", "ENACTS", "Cyber Resilience Act") in found
    assert ("Council of the European Union", "ENACTS", "Cyber Resilience Act") in found


def test_an_elected_office_before_a_name_is_no_part_of_it(extractor) -> None:
    found = types(extract(extractor, "Thank you to Governor Hochul; Representative Delacourt, who has been an advocate "
                                     "for Ohio; and the workers here today."))
    assert "Representative Delacourt" not in found


def test_a_states_name_before_a_comma_and_another_states_region_is_a_town(extractor) -> None:
    found = types(extract(extractor, "We want to make chips right here in Jordan, New York, and in Vermont."))
    assert found.get("Jordan") == "Location"


def test_the_capitalised_bare_title_refers_back_to_the_person_named_with_it(extractor) -> None:
    found = triples(extract(extractor, "President Biden cares about manufacturing. That's why the President put his "
                                       "weight behind the Inflation Reduction Act."))
    assert ("Joe Biden", "SUPPORTS", "Inflation Reduction Act") in found


def test_the_driving_force_behind_a_law_supports_it(extractor) -> None:
    found = triples(extract(extractor, "We owe much to Senator Okonkwo, who was the driving force behind the Artificial "
                                       "Intelligence Research Act."))
    assert ("Okonkwo", "SUPPORTS", "Artificial Intelligence Research Act") in found


def test_someone_joining_us_from_a_body_works_for_it(extractor) -> None:
    found = triples(extract(extractor, "Thank you to Maria Lindqvist, who is joining us from the White House."))
    assert ("Maria Lindqvist", "WORKS_FOR", "United States") in found


def test_leaders_joined_by_officials_from_states_are_not_their_employees(extractor) -> None:
    found = triples(extract(extractor, "General Paula Hart was joined by defense leaders from Chile, Peru and Brazil."))
    assert not any(r[0] == "Paula Hart" and r[1] == "WORKS_FOR" for r in found)


def test_a_present_tense_once_clause_is_a_condition_not_a_fact(extractor) -> None:
    found = triples(extract(extractor, "Once the Code of Practice on AI is endorsed by the Commission, providers can sign it."))
    assert ("European Commission", "SUPPORTS", "Code of Practice on AI") not in found


def test_a_governments_curly_possessive_inside_one_ner_name_splits_owner_and_plan(extractor) -> None:
    found = triples(extract(extractor, "The accord supports the Irish Government’s National Digital Plan."))
    assert ("Ireland", "ENACTS", "National Digital Plan") in found


def test_a_bodys_comma_list_of_fields_stays_inside_its_name(extractor) -> None:
    found = types(extract(extractor, "Both institutes will support the Global Centre for AI Testing, Verification and "
                                     "Assurance."))
    assert found.get("Global Centre for AI Testing, Verification and Assurance") == "Organization"


def test_the_government_after_its_demonym_is_that_state_not_the_nearest(extractor) -> None:
    found = triples(extract(extractor, "Japan and Canada signed an arrangement. It will help Canada grow. It backs the "
                                       "Japanese Government's Digital Skills Plan."))
    assert ("Japan", "ENACTS", "Digital Skills Plan") in found
    assert ("Canada", "ENACTS", "Digital Skills Plan") not in found


def test_the_capitalised_head_word_refers_back_to_the_named_institute_past_a_nearer_network(extractor) -> None:
    found = triples(extract(extractor, "Britain is creating the Scottish AI Research Institute. The Institute will test "
                                       "models. The Institute will advise ministers. Funding is ready. Scotland has strong laws. Its "
                                       "universities are world class. Working with "
                                       "partners such as the International Network of AI Safety Institutes, the Institute "
                                       "will share results."))
    pair = {"Scottish AI Research Institute", "International Network of AI Safety Institutes"}
    assert any(r[1] == "PARTNERS_WITH" and {r[0], r[2]} == pair for r in found)


def test_an_assistant_minister_written_before_a_comma_and_honorific_serves_the_government(extractor) -> None:
    found = triples(extract(extractor, "A joint statement with Assistant Minister for Industry, Innovation and the "
                                       "Digital Economy, Dr Mara Ellison. Australia will fund new research."))
    assert ("Mara Ellison", "WORKS_FOR", "Australia") in found


def test_a_state_and_a_company_advancing_work_together_are_partners(extractor) -> None:
    found = triples(extract(extractor, "The Government of Canada and TELUS are advancing work on a new data centre."))
    assert ("Canada", "PARTNERS_WITH", "TELUS") in found or ("TELUS", "PARTNERS_WITH", "Canada") in found


def test_a_government_saying_something_in_its_budget_enacts_the_budget(extractor) -> None:
    found = triples(extract(extractor, "Canada is investing in compute. In Budget 2026, the government announced new "
                                       "support for researchers."))
    assert ("Canada", "ENACTS", "Budget 2026") in found


def test_a_sentence_case_programme_after_a_governments_possessive_is_a_policy(extractor) -> None:
    found = triples(extract(extractor, "Ottawa announced that TELUS will take part in the government's Building "
                                       "sovereign cloud capacity program in Canada."))
    assert ("Canada", "ENACTS", "Building sovereign cloud capacity") in found


def test_ministers_meeting_with_an_ampersand_in_its_name_is_one_event(extractor) -> None:
    found = types(extract(extractor, "The code was agreed at the G7 Science & Innovation Ministers’ Meeting in May."))
    assert found.get("G7 Science & Innovation Ministers’ Meeting") == "Event"


def test_a_name_ending_in_a_year_that_a_meeting_was_held_at_is_an_event(extractor) -> None:
    found = types(extract(extractor, "Officials spoke at GovTech Lyon 2024 in March."))
    assert found.get("GovTech Lyon 2024") == "Event"


def test_a_department_named_in_apposition_to_a_plan_is_not_part_of_it(extractor) -> None:
    found = triples(extract(extractor, "“Thanks to President Trump’s AI Action Plan, the Department of Energy and NIST "
                                       "have published new guidance,” said the Secretary."))
    assert not any(r[0] == "America's AI Action Plan" and r[1] == "PART_OF" for r in found)


def test_models_listed_in_brackets_after_a_makers_models_are_its_models(extractor) -> None:
    found = triples(extract(extractor, "The institute tested two Mistral models (M2, M2-0601) and three U.S. models "
                                       "(Google’s Gemini 2.5, Gemini-flash and gemma-3 and Anthropic’s Opus 4)."))
    assert ("Mistral AI", "DEVELOPS", "Mistral AI-M2-0601") in found or ("Mistral", "DEVELOPS", "Mistral-M2-0601") in found
    assert ("Google", "DEVELOPS", "Gemini-flash") in found
    assert ("Anthropic", "DEVELOPS", "Claude Opus 4") in found


def test_a_styled_name_after_a_title_of_a_state_holds_that_title(extractor) -> None:
    found = triples(extract(extractor, "Prime Minister of New Zealand, The Rt. Honourable Helen Clark MP, visited Japan "
                                       "on 3 May 2005. Prime Minister Helen Clark met business leaders in Tokyo."))
    assert ("Helen Clark", "LEADS", "New Zealand") in found
    assert ("Helen Clark", "LEADS", "Japan") not in found


def test_ministers_accompanying_the_prime_minister_serve_the_prime_ministers_state(extractor) -> None:
    found = triples(extract(extractor, "Prime Minister of the United Kingdom, The Rt. Honourable Gordon Brown MP, visited "
                                       "Japan, Japan and Japan. Accompanying the Prime Minister on his visit were The Rt. "
                                       "Hon. Greg Clark MP, Secretary of State for Business, Innovation and Skills; and "
                                       "The Rt. Hon. Liam Fox MP, Minister for International Trade and Exports."))
    assert ("Greg Clark", "LEADS", "Department for Business, Innovation and Skills") in found
    assert ("Greg Clark", "WORKS_FOR", "United Kingdom") in found
    assert ("Liam Fox", "WORKS_FOR", "United Kingdom") in found
    assert ("Liam Fox", "WORKS_FOR", "Japan") not in found


def test_a_head_of_governments_short_title_before_a_family_name_refers_to_the_full_name(extractor) -> None:
    found = types(extract(extractor, "She met Prime Minister Lee Hsien Loong at the Istana and later signed an accord "
                                     "with PM Lee."))
    assert "PM Lee" not in found and "Lee" not in found


def test_a_capitalised_role_before_of_is_not_a_person(extractor) -> None:
    found = types(extract(extractor, "The minister was Guest of Honour at a reception for business leaders."))
    assert "Guest" not in found


def test_a_transcripts_stage_direction_is_not_a_person(extractor) -> None:
    found = types(extract(extractor, "MS JONES: I hope we all had coffee. (Laughter.) Let us begin with the Bureau."))
    assert "Laughter" not in found


def test_his_tenure_in_a_fronted_phrase_belongs_to_the_clause_subject_named_after_it(extractor) -> None:
    found = triples(extract(extractor, "MR PRICE: Good morning. Over the course of his tenure as Secretary of State, "
                                       "Secretary Blinken has laid out an agenda for the State Department."))
    assert ("Price", "LEADS", "US Department of State") not in found
    assert ("Antony Blinken", "LEADS", "US Department of State") in found


def test_a_hyphenated_title_in_the_knowledge_base_matches_its_split_tokens(extractor) -> None:
    found = triples(extract(extractor, "We welcome Ambassador-at-Large for Cyberspace and Digital Policy Jane Okafor to "
                                       "the briefing."))
    assert ("Jane Okafor", "LEADS", "Bureau of Cyberspace and Digital Policy") in found


def test_lawmakers_reaching_agreement_on_a_law_enact_it_and_are_not_partners(extractor) -> None:
    found = triples(extract(extractor, "The Council and the European Parliament have reached today a provisional "
                                       "agreement on the regulation to secure Europe's data, better known as the 'Data Act'."))
    assert ("Council of the European Union", "ENACTS", "Data Act") in found
    assert ("European Parliament", "ENACTS", "Data Act") in found
    assert not any(r[1] == "PARTNERS_WITH" for r in found)


def test_an_agreement_named_for_two_states_makes_them_partners(extractor) -> None:
    found = triples(extract(extractor, "The Australia-Singapore Digital Economy Agreement entered into force in 2020."))
    pair = {"Australia", "Singapore"}
    assert any(r[1] == "PARTNERS_WITH" and {r[0], r[2]} == pair for r in found)


def test_a_quoted_programme_name_with_a_place_inside_is_one_policy(extractor) -> None:
    found = types(extract(extractor, "The Commission proposed three pillars:\n\n1. The “Digital for Africa Initiative”, "
                                     "to support connectivity"))
    assert found.get("Digital for Africa Initiative") == "Policy"


def test_a_reports_section_heading_is_no_name(extractor) -> None:
    found = types(extract(extractor, "1. Foreword\n\nThe digital landscape is evolving fast for the UK."))
    assert "Foreword" not in found


# -- twentieth session -----------------------------------------------------------

def test_a_singular_it_after_two_conjoined_subjects_is_neither_of_them(extractor) -> None:
    found = triples(extract(extractor, "Today, the European Union and Japan held the second meeting of the Digital "
                                       "Partnership Council in Tokyo. It was co-chaired by Minister Kenji Tanaka and "
                                       "Commissioner Jane Doe."))
    assert not any(r[1] == "LEADS" and r[2] in {"European Union", "Japan"} for r in found)


def test_a_person_joining_it_in_the_passive_is_a_guest_not_staff(extractor) -> None:
    found = triples(extract(extractor, "Canada hosted a conference on AI safety. It was joined by Professor Alan "
                                       "Brightwater."))
    assert ("Alan Brightwater", "WORKS_FOR", "Canada") not in found


def test_a_european_commissioner_works_for_the_union_the_article_names(extractor) -> None:
    found = triples(extract(extractor, "The European Union and India met in Delhi, joined by European Commissioner "
                                       "Maria Lindqvist."))
    assert ("Maria Lindqvist", "WORKS_FOR", "European Union") in found


def test_both_parties_are_the_two_states_just_named_and_their_is_theirs(extractor) -> None:
    found = triples(extract(extractor, "The EU and Canada agreed on new steps for trade. Both parties also reaffirmed "
                                       "their commitment to support Ukraine."))
    assert ("European Union", "SUPPORTS", "Ukraine") in found
    assert ("Canada", "SUPPORTS", "Ukraine") in found


def test_two_names_sharing_a_plural_region_word_are_two_regions(extractor) -> None:
    found = types(extract(extractor, "Next week the minister will visit Niigata and Toyama Prefectures to see the plants."))
    assert found.get("Niigata Prefecture") == "Location"
    assert found.get("Toyama Prefecture") == "Location"
    assert "Person" not in found.values()


def test_port_of_a_town_is_a_place(extractor) -> None:
    found = types(extract(extractor, "The minister will inspect a hydrogen project in the Port of Hakata on Monday."))
    assert found.get("Port of Hakata") == "Location"


def test_a_law_named_act_on_starts_at_act_and_its_quoted_short_name_is_the_same_law(extractor) -> None:
    ex = extract(extractor, 'The Diet passed the Act on the Promotion of Secure Cloud Services (the "Cloud Security '
                            'Act") in May. The Cloud Security Act applies from 2026.')
    [law] = [e for e in ex.entities if e.type == "Policy"]
    assert law.name.startswith("Act on the Promotion")
    assert "Cloud Security Act" in law.aliases


def test_a_ministry_approving_a_companys_plan_supports_the_company(extractor) -> None:
    found = triples(extract(extractor, "METI approves the production plan for flash memory in Mie by Kioxia."))
    assert ("Ministry of Economy, Trade and Industry", "SUPPORTS", "Kioxia") in found


def test_we_in_a_ministers_press_conference_held_in_the_ministrys_building_is_the_ministry(extractor) -> None:
    found = triples(extract(extractor, "Press Conference by Minister Tanaka (Excerpt)\n\nPress Conference Room, METI "
                                       "Main Building\n\nFirst, today we approved Kioxia's plan for expanding the supply "
                                       "of memory chips."))
    assert ("Ministry of Economy, Trade and Industry", "SUPPORTS", "Kioxia") in found


def test_a_programme_an_award_is_made_under_is_no_investment_target(extractor) -> None:
    found = triples(extract(extractor, "The U.S. Department of Commerce awarded Wolfspeed, Inc. up to $750 million in "
                                       "direct funding under the CHIPS Incentives Program's Funding Opportunity for "
                                       "Commercial Fabrication Facilities."))
    assert not any(r[1] == "INVESTS_IN" and r[2] == "CHIPS Incentives Program" for r in found)


def test_a_company_registered_with_a_state_before_its_legal_form_is_based_there(extractor) -> None:
    found = triples(extract(extractor, "Today, the U.S. Department of Commerce awarded Corvex Semiconductor Texas, Inc., "
                                       "a subsidiary of Corvex Semiconductor, Inc., up to $40 million in direct funding."))
    assert ("Corvex Semiconductor Texas, Inc.", "BASED_IN", "Texas") in found
    assert ("US Department of Commerce", "INVESTS_IN", "Corvex Semiconductor Texas, Inc.") in found


def test_a_short_name_and_the_company_pointing_back_to_it_are_the_parent_not_its_regional_unit(extractor) -> None:
    ex = extract(extractor, "Corvex Semiconductor Arrives in Texas\n\nToday, the U.S. Department of Commerce awarded "
                            "Corvex Semiconductor Texas, Inc., a subsidiary of Corvex Semiconductor, Inc., up to $40 "
                            "million in direct funding. This award will support Corvex’s investment in a new plant. The "
                            "Department will disburse the funds based on the company’s completion of project milestones.")
    firms = {e.name: {m.text for m in e.mentions} for e in ex.entities if e.type == "Firm"}
    assert set(firms) == {"Corvex Semiconductor Texas, Inc.", "Corvex Semiconductor, Inc."}, firms
    assert {"Corvex", "company"} <= firms["Corvex Semiconductor, Inc."]


def test_a_company_written_with_and_without_its_legal_form_is_one_company(extractor) -> None:
    ex = extract(extractor, "Commerce Announces Award with Corvex Semiconductor to Expand Chip Packaging\n\nToday, the U.S. Department of Commerce awarded "
                            "Corvex Semiconductor Arizona, Inc., a subsidiary of Corvex Semiconductor, Inc., up to $40 "
                            "million in direct funding. This award will support Corvex’s investment in a new plant.")
    firms = sorted(e.name for e in ex.entities if e.type == "Firm")
    assert len(firms) == 2, firms


def test_a_name_after_a_long_portfolio_ends_before_a_phrase_of_place(extractor) -> None:
    found = types(extract(extractor, "This announcement was made by Minister for Foreign Trade and Development "
                                     "Reinhilde Kloster in the Government Gazette on Wednesday."))
    assert found.get("Reinhilde Kloster") == "Person"


def test_states_listed_between_dashes_do_not_modify_the_noun_after_the_dash(extractor) -> None:
    found = triples(extract(extractor, "Today we are releasing the Voluntary Robot Safety Standard. In step with similar "
                                       "actions in other jurisdictions - including the EU, Japan, Singapore, the US - the "
                                       "Standard will be updated over time."))
    assert not any(r[2] == "Voluntary Robot Safety Standard" and r[0] in {"European Union", "United States"} for r in found)


def test_we_in_a_release_opened_by_a_leaders_government_is_that_government(extractor) -> None:
    found = triples(extract(extractor, "The Albanese Government is making AI in Australia safer with two announcements "
                                       "today.\n\nToday we're also releasing a new Voluntary Robot Safety Standard with "
                                       "immediate effect."))
    assert ("Australia", "ENACTS", "Voluntary Robot Safety Standard") in found


def test_a_known_laws_short_name_after_another_states_demonym_is_not_that_law(extractor) -> None:
    found = types(extract(extractor, "Options include introducing a new cross-economy law (for example, an Australian "
                                     "AI Act)."))
    assert "EU AI Act" not in found


def test_a_headline_verb_in_its_plain_form_ends_the_name_and_announces_the_policy_after_it(extractor) -> None:
    ex = extract(extractor, "FACT SHEET: President Joseph R. Biden and Prime Minister Kenji Sato Announce the U.S.-Japan "
                            "Robotics Partnership\n\nDuring a visit to Tokyo, President Biden and Prime Minister Kenji Sato "
                            "elevated U.S.-Japan relations to a Robotics Partnership.")
    people = sorted(e.name for e in ex.entities if e.type == "Person")
    assert people == ["Joe Biden", "Kenji Sato"]
    found = triples(ex)
    assert ("Kenji Sato", "ENACTS", "U.S.-Japan Robotics Partnership") in found
    assert ("Joe Biden", "ENACTS", "U.S.-Japan Robotics Partnership") in found


def test_a_pair_named_thing_is_the_same_words_without_the_pair(extractor) -> None:
    ex = extract(extractor, "President Joe Biden and President Joko Widodo announced the U.S.-Indonesia Comprehensive "
                            "Strategic Partnership. The leaders elevated U.S.-Indonesia relations to a Comprehensive "
                            "Strategic Partnership in Washington.")
    assert [e.name for e in ex.entities if e.type == "Policy"] == ["U.S.-Indonesia Comprehensive Strategic Partnership"]


def test_the_indo_pacific_economic_framework_is_known_with_its_acronym(extractor) -> None:
    ex = extract(extractor, "The Indo-Pacific Economic Framework for Prosperity (IPEF) was launched in 2022.")
    [ipef] = [e for e in ex.entities if e.type == "Policy"]
    assert ipef.name == "Indo-Pacific Economic Framework for Prosperity" and "IPEF" in ipef.aliases


def test_a_project_introduced_as_an_ipcei_and_then_called_by_name_is_that_named_project(extractor) -> None:
    ex = extract(extractor, "The Commission has approved, under EU State aid rules, an Important Project of Common "
                            "European Interest to support hydrogen technologies. The project, called “IPCEI Hy2Tech”, was "
                            "jointly prepared and notified by fifteen Member States: Austria, Belgium, Denmark and Estonia.")
    assert [e.name for e in ex.entities if e.type == "Policy"] == ["IPCEI Hy2Tech"]
    found = triples(ex)
    assert ("European Commission", "ENACTS", "IPCEI Hy2Tech") in found
    assert {("Austria", "PARTICIPATES_IN", "IPCEI Hy2Tech"), ("Estonia", "PARTICIPATES_IN", "IPCEI Hy2Tech")} <= found
    assert not any(r[1] == "INVESTS_IN" for r in found)  # "State aid rules" give no money


def test_a_ministry_coordinated_after_a_demonym_opened_one_shares_its_state(extractor) -> None:
    ex = extract(extractor, "The two-day summit was organised by the Dutch Ministry of Foreign Affairs and Ministry of "
                            "Defence in The Hague.")
    found = triples(ex)
    assert ("Dutch Ministry of Defence", "PART_OF", "Netherlands") in found
    assert "Ministry of Defence" not in {e.name for e in ex.entities}  # not the UK's


def test_a_state_that_was_the_co_host_hosts_the_gathering_just_named(extractor) -> None:
    found = triples(extract(extractor, "Delegates met at the REAIM summit in The Hague. The summit was organised by the "
                                       "Dutch government. South Korea was the co-host."))
    assert ("South Korea", "HOSTS", "REAIM Summit") in found


def test_a_shared_title_between_two_equally_named_states_goes_to_the_state_whose_ministry_is_named(extractor) -> None:
    found = triples(extract(extractor, "The summit was organised by the Dutch Ministry of Foreign Affairs. South Korea "
                                       "was the co-host. Summit host Wopke Hoekstra, the Minister of Foreign Affairs, "
                                       "commented: ‘The Netherlands will remain a driving force.’"))
    assert ("Wopke Hoekstra", "LEADS", "Dutch Ministry of Foreign Affairs") in found


def test_an_indefinite_memorandum_between_two_states_is_no_named_policy_but_makes_them_partners(extractor) -> None:
    ex = extract(extractor, "A landmark Memorandum of Understanding between the UK and Australia was also signed, "
                            "helping to establish a roadmap between the 2 nations for future telecoms collaboration.")
    assert not [e for e in ex.entities if e.type == "Policy"]
    assert any(r[1] == "PARTNERS_WITH" and {r[0], r[2]} == {"United Kingdom", "Australia"} for r in triples(ex))


def test_a_gatherings_numbered_edition_is_the_gathering(extractor) -> None:
    ex = extract(extractor, "The 10th London Tech Week has begun with a suite of initiatives. The project was announced "
                            "at a speech at London Tech Week.")
    assert [e.name for e in ex.entities if e.type == "Event"] == ["London Tech Week"]


def test_the_minister_is_the_one_minister_named_before_and_a_speech_at_an_event_puts_him_there(extractor) -> None:
    found = triples(extract(extractor, "Technology Minister Sir John Whittingdale announced initiatives. The project was "
                                       "announced by the Minister at a speech at London Tech Week."))
    assert ("John Whittingdale", "PARTICIPATES_IN", "London Tech Week") in found


def test_a_body_announced_as_having_awarded_money_is_the_investor_not_the_announcer(extractor) -> None:
    found = triples(extract(extractor, "Today, the U.S. Department of Commerce announced the National Institute of "
                                       "Standards and Technology (NIST) has awarded Natcast up to $6.3 billion to operate the "
                                       "National Semiconductor Technology Center (NSTC)."))
    assert ("National Institute of Standards and Technology", "INVESTS_IN", "Natcast") in found
    assert ("US Department of Commerce", "INVESTS_IN", "Natcast") not in found


def test_a_name_a_participle_says_someone_developed_is_a_system_and_its_lone_word_maker_an_organisation(extractor) -> None:
    ex = extract(extractor, "The winning entry was Harrow, a cyber defence system developed by Quillfox of Bristol. "
                            "Runner-up was Ostrander, developed by team DeepNorthLab of Leeds.")
    types = {e.name: e.type for e in ex.entities}
    assert types.get("Harrow") == "AIModel" and types.get("Ostrander") == "AIModel"
    assert types.get("Quillfox") == "Organization" and types.get("DeepNorthLab") == "Organization"
    found = triples(ex)
    assert ("Quillfox", "DEVELOPS", "Harrow") in found and ("DeepNorthLab", "DEVELOPS", "Ostrander") in found


def test_a_body_followed_by_of_and_a_town_is_based_in_the_town_and_the_state_after_its_comma(extractor) -> None:
    found = triples(extract(extractor, "Third place went to Kestrel, a cyber reasoning system developed by team CodeWren "
                                       "of Ithaca, N.Y., and Charlottesville, Va."))
    assert {("CodeWren", "BASED_IN", place) for place in ("Ithaca", "N.Y.", "Charlottesville", "Va.")} <= found


def test_a_team_named_after_a_body_the_text_names_is_part_of_it(extractor) -> None:
    ex = extract(extractor, "NASA said the results were checked by the NASA Audit Team before the ceremony.")
    assert any(r[:2] == ("NASA Audit Team", "PART_OF") and ("NASA" in r[2] or "Aeronautics" in r[2]) for r in triples(ex))


def test_a_challenge_named_as_a_held_final_event_is_an_event(extractor) -> None:
    ex = extract(extractor, "Officials released the results of yesterday's Robot Rescue Challenge (RRC) Final Event, "
                            "the first all-robot rescue tournament.")
    assert {e.name: e.type for e in ex.entities}.get("Robot Rescue Challenge") == "Event"


def test_a_conference_center_is_a_place(extractor) -> None:
    ex = extract(extractor, "The awards were presented in the ballroom of the Harbourside Conference Center.")
    assert {e.name: e.type for e in ex.entities}.get("Harbourside Conference Center") == "Location"


def test_the_members_a_consortium_consists_of_are_bodies_and_partners_of_whoever_acts_together_with_it(extractor) -> None:
    ex = extract(extractor, "The Danish government, together with a consortium consisting of Corvina, KVL and Nordlys "
                            "Kollektiv, has submitted a co-financing application.")
    types = {e.name: e.type for e in ex.entities}
    assert [types.get(n) for n in ("Corvina", "KVL", "Nordlys Kollektiv")] == ["Organization"] * 3
    found = triples(ex)
    assert all(any(r[1] == "PARTNERS_WITH" and {r[0], r[2]} == {"Denmark", n} for r in found)
               for n in ("Corvina", "KVL", "Nordlys Kollektiv"))


def test_a_firm_acting_along_with_another_is_its_partner(extractor) -> None:
    found = triples(extract(extractor, "Microsoft, along with G42, will invest $1 billion in Kenya."))
    assert any(r[1] == "PARTNERS_WITH" and {r[0], r[2]} == {"Microsoft", "G42"} for r in found)


def test_a_name_read_as_a_place_elsewhere_is_no_firm_after_invest_in(extractor) -> None:
    ex = extract(extractor, "The Netherlands plans to invest 150 million in AI factory in Groningen\n\nArtificial "
                            "Intelligence (AI) is the technology that will shape our economy. A supercomputer will be "
                            "built in Groningen.")
    assert [e.type for e in ex.entities if e.name == "Groningen"] == ["Location"]


def test_everyday_words_of_a_title_case_heading_are_no_firm(extractor) -> None:
    ex = extract(extractor, "Investing in High-Quality Infrastructure: Today, Japan and Kenya announced a new fund.")
    assert not [e for e in ex.entities if e.name == "Infrastructure"]


def test_the_hon_without_a_full_stop_opens_a_name_and_the_next_lines_ministerial_title_makes_him_staff(extractor) -> None:
    ex = extract(extractor, "Minister's foreword\n\nThe Hon Daniel Okafor MP\nMinister for Industry and Science\n\n"
                            "Australia's Robotics Plan sets out the Australian Government's path forward.")
    assert ("Daniel Okafor", "WORKS_FOR", "Australia") in triples(ex)


def test_a_programme_described_as_part_of_a_strategy_in_a_fronted_phrase_is_part_of_it(extractor) -> None:
    found = triples(extract(extractor, "As a key part of the Government's Digital Economy Strategy, the Robotics Plan "
                                       "will support businesses to enter new markets."))
    assert ("Robotics Plan", "PART_OF", "Digital Economy Strategy") in found


def test_an_economic_corridor_is_a_named_initiative(extractor) -> None:
    ex = extract(extractor, "The leaders welcomed progress on the Mekong Economic Corridor.")
    assert {e.name: e.type for e in ex.entities}.get("Mekong Economic Corridor") == "Policy"


def test_states_working_together_through_a_named_framework_take_part_in_it(extractor) -> None:
    found = triples(extract(extractor, "Canada and Chile are working together to promote trade, including through the "
                                       "Digital Economy Partnership Agreement."))
    assert ("Canada", "PARTICIPATES_IN", "Digital Economy Partnership Agreement") in found
    assert ("Chile", "PARTICIPATES_IN", "Digital Economy Partnership Agreement") in found


def test_an_indefinite_team_with_a_ranking_adjective_is_no_name(extractor) -> None:
    ex = extract(extractor, "A Top Team on AI standards, led by the agency, has developed a roadmap.")
    assert not [e for e in ex.entities if e.name.startswith("Top Team")]


def test_a_groups_name_runs_on_through_on_and_its_capitalised_subject(extractor) -> None:
    ex = extract(extractor, "The minister backed a Report from the Steering Group on Digital Skills Needs on the Skills "
                            "Requirements of AI.")
    assert "Steering Group on Digital Skills Needs" in {e.name for e in ex.entities}


def test_an_assembly_that_is_convened_or_held_is_a_gathering(extractor) -> None:
    ex = extract(extractor, "The ministry is convening a Regional Student Assembly on AI next week. A Regional "
                            "Student Assembly on AI was also held in May.")
    assert {e.name: e.type for e in ex.entities}.get("Regional Student Assembly on AI") == "Event"


def test_an_office_left_hanging_after_a_states_possessive_in_a_bulleted_appointment_is_read(extractor) -> None:
    ex = extract(extractor, "Achievements include:\n\n• Appointing Dr Siobhan Kelly as Ireland’s first AI Ambassador\n\n"
                            "• Establishing the Digital Advisory Forum to advise on AI.")
    assert ("Siobhan Kelly", "WORKS_FOR", "Ireland") in triples(ex)


def test_a_government_that_developed_a_strategy_enacts_it_and_is_the_we_after_naming_itself(extractor) -> None:
    found = triples(extract(extractor, "Finland is a leader in robotics. The Government has been attentive to the potential "
                                       "of robotics for years. That is why we developed the National Robotics Strategy, "
                                       "which was published in 2022."))
    assert ("Finland", "ENACTS", "National Robotics Strategy") in found


def test_a_name_with_its_acronym_before_a_common_noun_only_says_which_kind(extractor) -> None:
    found = triples(extract(extractor, "Today, Japan and Kenya announced the first Partnership for Global Infrastructure "
                                       "and Investment (PGI) corridor in Africa."))
    assert not [r for r in found if r[2] == "Partnership for Global Infrastructure and Investment"]


def test_a_kind_of_thing_named_after_a_dash_is_what_its_announcers_enact(extractor) -> None:
    found = triples(extract(extractor, "Today, Japan and Kenya announced the first Partnership for Global Infrastructure "
                                       "and Investment (PGI) corridor in Africa—the Mombasa Economic Corridor—which will "
                                       "link ports and railways."))
    assert ("Japan", "ENACTS", "Mombasa Economic Corridor") in found and ("Kenya", "ENACTS", "Mombasa Economic Corridor") in found
    assert [r for r in found if r[2] == "Partnership for Global Infrastructure and Investment"] == [
        ("Mombasa Economic Corridor", "PART_OF", "Partnership for Global Infrastructure and Investment")]


def test_the_venue_of_a_chaired_gathering_is_no_second_object_and_its_town_hosts_it(extractor) -> None:
    found = triples(extract(extractor, "Minister Jong-ho Lee of the Ministry of Science and ICT chaired the 4th "
                                       "'Strategic Dialogue on Quantum Computing' at NHN Cloud in Pangyo on May 2."))
    assert not [r for r in found if r[1] == "LEADS" and r[2] == "NHN Cloud"]
    assert ("Pangyo", "HOSTS", "Strategic Dialogue on Quantum Computing") in found


def test_the_minister_of_a_named_ministry_leads_it(extractor) -> None:
    found = triples(extract(extractor, "Minister Jong-ho Lee of the Ministry of Science and ICT (MSIT) opened the forum."))
    assert ("Jong-ho Lee", "LEADS", "Ministry of Science and ICT") in found


def test_what_is_applied_to_something_is_not_what_a_policy_regulates(extractor) -> None:
    found = triples(extract(extractor, "Minister Lee visited Samsung Electronics in Suwon. The 'K-Chip Project' is a "
                                       "policy to strengthen domestic cloud competitiveness by developing low-power chips "
                                       "and applying them to data centers."))
    assert not [r for r in found if r[1] == "REGULATES"]


def test_a_presidential_council_is_an_agency_and_a_capital_after_its_name_is_its_seat(extractor) -> None:
    ex = extract(extractor, "The ministry held the meeting at the Presidential Advisory Council on Science & Technology "
                            "in Seoul.")
    types = {e.name: e.type for e in ex.entities}
    assert types.get("Presidential Advisory Council on Science & Technology") == "Agency"
    assert types.get("Seoul") == "Location"


def test_a_generic_body_name_before_any_of_its_states_bodies_is_that_states_body(extractor) -> None:
    ex = extract(extractor, "As a follow-up to the AI Seoul Summit, the AI Safety Institute will be established in "
                            "November. The Ministry of Science and ICT (MSIT) held the meeting in Seoul.")
    assert "Korea AI Safety Institute" in {e.name for e in ex.entities}


def test_a_quoted_policy_name_running_on_through_of_and_a_state_is_one_name(extractor) -> None:
    ex = extract(extractor, "Following the announcement of ‘Digital Strategy of Korea’ (September 2022), agencies "
                            "implemented 200 tasks.")
    assert "Digital Strategy of Korea" in {e.name for e in ex.entities if e.type == "Policy"}


def test_a_state_only_hyphenated_onto_a_modifier_is_neither_the_presidents_nor_the_governments(extractor) -> None:
    ex = extract(extractor, "Taiwan hosted the chip fair this week. The fair is jointly organized by U.S.-based "
                            "association SEMI. Cho said the sector is among the priorities unveiled by President Lai "
                            "Ching-te, adding that the government will spare no effort.")
    found = triples(ex)
    assert not [r for r in found if r[1] == "LEADS" and r[2] == "United States"]
    assert ("Lai Ching-te", "LEADS", "Taiwan") in found
    assert "government" not in {a for e in ex.entities if e.name == "United States" for a in e.aliases}


def test_a_based_modifier_does_not_reach_a_coordinated_body_named_for_another_state(extractor) -> None:
    found = triples(extract(extractor, "The fair is jointly organized by U.S.-based global industry association SEMI and "
                                       "Taiwan Semiconductor Industry Association."))
    assert ("SEMI", "BASED_IN", "United States") in found
    assert ("Taiwan Semiconductor Industry Association", "BASED_IN", "United States") not in found


def test_a_business_council_named_for_two_states_makes_them_no_partners(extractor) -> None:
    found = triples(extract(extractor, "The premier met a U.S.-Taiwan Business Council delegation led by its chair."))
    assert not [r for r in found if r[1] == "PARTNERS_WITH"]


def test_a_capital_named_with_city_is_the_city(extractor) -> None:
    ex = extract(extractor, "The premier opened the fair on Sept. 4 in Taipei City.")
    assert [e.type for e in ex.entities if e.name.startswith("Taipei")] == ["Location"]


def test_the_subject_of_a_copula_whose_predicate_is_someones_partner_partners_with_them(extractor) -> None:
    found = triples(extract(extractor, "She said that Microsoft will be an excellent partner for Taiwan. Taiwan is a "
                                       "reliable and secure partner to the US."))
    assert ("Microsoft", "PARTNERS_WITH", "Taiwan") in found or ("Taiwan", "PARTNERS_WITH", "Microsoft") in found
    assert any(r[1] == "PARTNERS_WITH" and {r[0], r[2]} == {"Taiwan", "United States"} for r in found)


def test_a_region_written_before_a_policy_name_opens_it(extractor) -> None:
    ex = extract(extractor, "Microsoft responded to our Asia Silicon Valley Development Plan by opening a centre.")
    assert "Asia Silicon Valley Development Plan" in {e.name for e in ex.entities if e.type == "Policy"}


def test_ministers_written_with_their_dail_seat_and_a_long_portfolio_serve_the_state_and_launch_the_plan(extractor) -> None:
    ex = extract(extractor, "Ireland wants more trust in public data. Minister for Finance, Public Expenditure and Reform "
                            "Jack Chambers TD, and Minister of State for Digital and Data Protection Niamh Smyth TD, "
                            "today launched the Digital Public Services Plan.")
    found = triples(ex)
    people = {e.name for e in ex.entities if e.type == "Person"}
    assert {"Jack Chambers", "Niamh Smyth"} <= people
    assert not [e for e in ex.entities if "Data Protection" in e.name or e.name.endswith("TD")]
    for person in ("Jack Chambers", "Niamh Smyth"):
        assert (person, "WORKS_FOR", "Ireland") in found
        assert (person, "ENACTS", "Digital Public Services Plan") in found


def test_a_title_after_another_titled_name_and_and_names_no_body_before_the_and(extractor) -> None:
    found = triples(extract(extractor, "At the meeting, the representatives of the two ministries and the agency and "
                                       "Commissioner Breton exchanged views. Mr. Sato, Minister of Economy, Trade and "
                                       "Industry, and Commissioner Breton signed the memorandum."))
    assert not [r for r in found if r[0] == "Thierry Breton" and r[1] == "LEADS"]


def test_a_known_body_opening_a_laws_name_is_named_too(extractor) -> None:
    ex = extract(extractor, "Norway signed the Council of Europe Framework Convention on Artificial Intelligence in "
                            "Strasbourg.")
    assert "Council of Europe" in {e.name for e in ex.entities if e.type == "Organization"}


def test_those_joined_as_signatories_to_a_pact_take_part_in_it(extractor) -> None:
    found = triples(extract(extractor, "Norway signed the Framework Convention on Artificial Intelligence today. By "
                                       "signing, Norway is joining Andorra and the United Kingdom, among other European "
                                       "partners, as an early signatory to the convention."))
    for state in ("Andorra", "United Kingdom"):
        assert (state, "PARTICIPATES_IN", "Framework Convention on Artificial Intelligence") in found


def test_a_long_law_name_running_to_its_quoted_short_form_is_that_known_law(extractor) -> None:
    ex = extract(extractor, "The National Assembly passed the Basic Act on the Promotion of Artificial Intelligence and the "
                            "Framework for Trust in Its Use (“AI Basic Act”) on Thursday.")
    law = next(e for e in ex.entities if e.name == "AI Basic Act")
    assert any(a.startswith("Basic Act on the Promotion of Artificial Intelligence and the Framework") for a in law.aliases)
    assert ("National Assembly", "ENACTS", "AI Basic Act") in triples(ex)


def test_a_footnote_line_opening_with_a_state_and_a_dash_says_the_state_enacted_the_law(extractor) -> None:
    found = triples(extract(extractor, "Other jurisdictions have moved first.\n*EU - Artificial Intelligence Act adopted in "
                                       "June 2024.\nThe Act is discussed below."))
    assert ("European Union", "ENACTS", "EU AI Act") in found


def _with_ner_span(extractor, text: str, words: str, label: str):
    """The extraction of ``text`` after NER took ``words`` for a name of ``label`` (as the small model does in some
    contexts): pins what the linker makes of that guess, whatever NER does with this sentence alone."""
    doc = extractor.nlp(text)
    start = next(t.i for t in doc if doc[t.i:t.i + len(words.split())].text == words)
    span = Span(doc, start, start + len(words.split()), label=label)
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    return extraction_from_doc(Article(id="t", text=text), doc, extractor.kb)


def test_a_gerund_and_its_object_opening_a_quotation_are_no_name(extractor) -> None:
    ex = _with_ner_span(extractor, "“Harnessing AI effectively could significantly improve customer experience,” said "
                                   "Ms Hall.", "Harnessing AI", "WORK_OF_ART")
    assert not [e for e in ex.entities if e.name.startswith("Harnessing")]


def test_capitalised_common_words_describing_a_noun_after_a_are_no_name(extractor) -> None:
    ex = _with_ner_span(extractor, "The office is leading a Public Sector AI work programme to help agencies.",
                        "Public Sector AI", "ORG")
    assert not [e for e in ex.entities if e.name.startswith("Public Sector")]


def test_a_name_spelt_with_artificial_intelligence_and_then_ai_is_one_entity(extractor) -> None:
    ex = extract(extractor, "The agency launched the Public Sector Artificial Intelligence Framework today. The Public Sector "
                            "AI Framework applies to every agency.")
    assert len([e for e in ex.entities if e.name.startswith("Public Sector")]) == 1


def test_an_annual_forum_listed_after_forums_such_as_is_an_event_its_town_hosts(extractor) -> None:
    ex = extract(extractor, "Officials take part in AI discussions through forums such as the annual Pacific Data "
                            "Exchange in Suva.")
    assert types(ex).get("Pacific Data Exchange") == "Event"
    assert ("Suva", "HOSTS", "Pacific Data Exchange") in triples(ex)


def test_a_government_office_holder_named_after_the_offices_acronym_serves_the_articles_state(extractor) -> None:
    found = triples(extract(extractor, "New Zealand set out its privacy approach. The Government Chief Privacy Officer "
                                       "(GCPO) Mereana Tait announced the guidance."))
    assert ("Mereana Tait", "WORKS_FOR", "New Zealand") in found


def test_a_body_is_no_participant_in_its_own_meeting_named_for_it(extractor) -> None:
    found = triples(extract(extractor, "The G7 and the OECD attended the G7 Digital Ministers’ Meeting in Takasaki."))
    assert not [r for r in found if r[0] == "G7" and r[1] == "PARTICIPATES_IN"]
    assert any(r[0] == "OECD" and r[1] == "PARTICIPATES_IN" for r in found)


def test_the_government_of_a_known_region_is_an_agency_its_chief_minister_leads(extractor) -> None:
    ex = extract(extractor, "The summit was opened by Chief Minister Siddaramaiah, who praised the Government of "
                            "Karnataka's new data centre policy. The Government of Karnataka signed a pact with Infosys.")
    assert types(ex).get("Government of Karnataka") == "Agency"
    assert "Karnataka" in {e.name for e in ex.entities if e.type == "Location"}
    assert ("Siddaramaiah", "LEADS", "Government of Karnataka") in triples(ex)


def test_a_body_then_a_comma_and_a_bare_ministry_of_another_kind_is_part_of_it(extractor) -> None:
    found = triples(extract(extractor, "The Office of Technology Assessment (OTA), Department of Commerce, was invited to "
                                       "the meeting. The Department of Energy, the Department of Commerce, and the "
                                       "Department of State met on Monday."))
    assert ("Office of Technology Assessment", "PART_OF", "US Department of Commerce") in found
    assert not [r for r in found if r[1] == "PART_OF" and r[0].startswith("Department of")]


def test_a_participle_after_a_gatherings_name_and_a_comma_places_it(extractor) -> None:
    found = triples(extract(extractor, "The minister was invited to the Karnataka Regional AI Summit 2026, held at Hyderabad, "
                                       "by the organisers."))
    assert ("Hyderabad", "HOSTS", "Karnataka Regional AI Summit 2026") in found
