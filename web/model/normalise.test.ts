// Each rule of the normaliser, shown on raw excerpts of graph-data/sources/pjsel-2023.txt.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { joinHyphenated, normaliseSource } from './normalise';
import { SourceFile } from './schema';

/** Raw lines as the extractor wrote them; '' is the blank line it puts between lines. */
const raw = (...lines: string[]) => lines.join('\n');

const pjselHeader = [
  /^Original Article\s+Pakistan Journal of Society/,
  /^PJSEL Vol 10 \(1\) DECEMBER 2023/,
];

/** The text of each paragraph. */
const paragraphsOf = (result: ReturnType<typeof normaliseSource>) =>
  result.paragraphs.map(({ start, end }) => result.text.slice(start, end));

describe('normaliseSource on excerpts of the PJSEL article', () => {
  it('joins wrapped lines into one paragraph', () => {
    const result = normaliseSource(
      raw(
        'Pakistan, being the immediate neighbour of Afghanistan, has been widely affected by the ',
        '',
        'developments taking place in the country in the aftermath of the US withdrawal and the ',
        '',
        'subsequent rise of the Taliban into power in August 2021. Pakistan’s relationship with both the US ',
        '',
        'and Afghanistan encountered new scenarios and a set of challenges. The US and Pakistan both ',
        '',
        'found a space for more focus on bilateral ties, away from the burden of third party i.e., ',
        '',
        'Afghanistan, which remained a key determining factor in their ties. However, it is yet to be seen ',
      ),
    );
    const text =
      'Pakistan, being the immediate neighbour of Afghanistan, has been widely affected by the developments taking place in the country in the aftermath of the US withdrawal and the subsequent rise of the Taliban into power in August 2021. Pakistan’s relationship with both the US and Afghanistan encountered new scenarios and a set of challenges. The US and Pakistan both found a space for more focus on bilateral ties, away from the burden of third party i.e., Afghanistan, which remained a key determining factor in their ties. However, it is yet to be seen';
    expect(result).toEqual({ text, paragraphs: [{ start: 0, end: text.length }], pages: [] });
  });

  describe('ends a paragraph', () => {
    const guardianLines = (ending: string) =>
      raw(
        'to contain China (Smith, 2021). As a response, China named it to be the “Asian NATO”. ',
        '',
        'Interestingly, the group staunchly opposes Russia’s invasion of Ukraine but meanwhile, India is ',
        '',
        `increasing its oil purchases from Russia a matter of concern for the group (The Guardian, 2022).${ending}`,
        '',
        'The aforementioned groups clearly demonstrate that the world is moving towards bipolarity and ',
        '',
        'countries like Pakistan are in a perplexing situation because, on one hand, Pakistan’s friendship ',
      );
    const guardianFirst =
      'to contain China (Smith, 2021). As a response, China named it to be the “Asian NATO”. Interestingly, the group staunchly opposes Russia’s invasion of Ukraine but meanwhile, India is increasing its oil purchases from Russia a matter of concern for the group (The Guardian, 2022).';
    const guardianSecond =
      'The aforementioned groups clearly demonstrate that the world is moving towards bipolarity and countries like Pakistan are in a perplexing situation because, on one hand, Pakistan’s friendship';

    it('after a full-length line that ends with two spaces', () => {
      expect(paragraphsOf(normaliseSource(guardianLines('  ')))).toEqual([
        guardianFirst,
        guardianSecond,
      ]);
    });

    it('not after the same line ending with one space', () => {
      expect(paragraphsOf(normaliseSource(guardianLines(' ')))).toEqual([
        `${guardianFirst} ${guardianSecond}`,
      ]);
    });

    it('after a short line', () => {
      const result = normaliseSource(
        raw(
          'Andre Molle terms this pact as an embodiment of the ‘security dilemma’. He further says that ',
          '',
          'China considers it a potential threat to its security and to counter it they will also try to act similarly ',
          '',
          '(Molle, 2021). ',
          '',
          'Besides AUKUS, there is another forum called QUAD which is of immense importance with ',
          '',
          'respect to Pakistan as India is its member. (Graham et al., 2018). It is a loose grouping of four ',
        ),
      );
      const first =
        'Andre Molle terms this pact as an embodiment of the ‘security dilemma’. He further says that China considers it a potential threat to its security and to counter it they will also try to act similarly (Molle, 2021).';
      const second =
        'Besides AUKUS, there is another forum called QUAD which is of immense importance with respect to Pakistan as India is its member. (Graham et al., 2018). It is a loose grouping of four';
      expect(result.text).toBe(`${first}\n\n${second}`);
      expect(result.paragraphs).toEqual([
        { start: 0, end: first.length },
        { start: first.length + 2, end: first.length + 2 + second.length },
      ]);
    });

    it('before and after a heading such as "Methodology"', () => {
      const result = normaliseSource(
        raw(
          'facing the challenge of balancing its relations with both China and the United States. Finally, the ',
          '',
          'challenge of tackling India still persists and how Pakistan is going to tackle it matters. ',
          '',
          'Methodology ',
          '',
          'The research methodology for this paper involves a qualitative approach and secondary data ',
          '',
          'collection. The data consulted during this study includes books, journal articles, newspaper ',
        ),
      );
      expect(paragraphsOf(result)).toEqual([
        'facing the challenge of balancing its relations with both China and the United States. Finally, the challenge of tackling India still persists and how Pakistan is going to tackle it matters.',
        'Methodology',
        'The research methodology for this paper involves a qualitative approach and secondary data collection. The data consulted during this study includes books, journal articles, newspaper',
      ]);
    });

    it('at a line of spaces alone', () => {
      // The article puts a space-only line before its headings, where other rules also end the
      // paragraph; here one is set between two sentences that otherwise run on.
      const lines = (between: string[]) =>
        raw(
          'structure and behave accordingly. The current structure of the international system is bipolar; US ',
          '',
          'represents the status quo and China is a rising power challenging US’ hegemony (Xuetong, 2020). ',
          ...between,
          'Moreover, Russia is also showing its military muscles by fighting a war in Ukraine (Mbah & ',
          '',
          'Wasum, 2022). For two decades US hegemony in the world was unchallengeable but today it’s ',
        );
      const first =
        'structure and behave accordingly. The current structure of the international system is bipolar; US represents the status quo and China is a rising power challenging US’ hegemony (Xuetong, 2020).';
      const second =
        'Moreover, Russia is also showing its military muscles by fighting a war in Ukraine (Mbah & Wasum, 2022). For two decades US hegemony in the world was unchallengeable but today it’s';
      expect(paragraphsOf(normaliseSource(lines(['']))), 'as in the article').toEqual([
        `${first} ${second}`,
      ]);
      expect(paragraphsOf(normaliseSource(lines(['', ' ', ''])))).toEqual([first, second]);
    });
  });

  describe('pages', () => {
    it('drops the running header block and numbers pages from its page number', () => {
      const result = normaliseSource(
        raw(
          'the Afghan government by the Taliban, a congressional hearing took place. During the hearing, ',
          '',
          'US Chairman of the Joint Chief of Staff General Mark Milley said that “we need to fully examine ',
          '',
          'the role of Pakistan sanctuary” in understanding how the Taliban prevailed. Similarly, in the US ',
          '',
          '',
          '',
          'Original Article     Pakistan Journal of Society, Education and Language (PJSEL)    ',
          '',
          ' ',
          '',
          '201 ',
          '',
          ' ',
          '',
          ' PJSEL Vol 10 (1) DECEMBER 2023: ISSN 2521-8123 (Print) 2523-1227 (Online)  ',
          '',
          ' ',
          '',
          'Senate, 22 Republican lawmakers put forward a bill recently asking for sanctioning the Taliban. ',
          '',
          'They also demanded a report on state and non-state actors that supported the Taliban during the ',
        ),
        { header: pjselHeader },
      );
      const text =
        'the Afghan government by the Taliban, a congressional hearing took place. During the hearing, US Chairman of the Joint Chief of Staff General Mark Milley said that “we need to fully examine the role of Pakistan sanctuary” in understanding how the Taliban prevailed. Similarly, in the US Senate, 22 Republican lawmakers put forward a bill recently asking for sanctioning the Taliban. They also demanded a report on state and non-state actors that supported the Taliban during the';
      expect(result.text).toBe(text);
      expect(result.paragraphs).toEqual([{ start: 0, end: text.length }]);
      // The text after the header is page 201; the text before it, page 200.
      const senate = text.indexOf('Senate, 22');
      expect(result.pages).toEqual([
        { page: 200, start: 0, end: senate },
        { page: 201, start: senate, end: text.length },
      ]);
    });

    it('starts a page silently where a line begins with a space right after a text line', () => {
      const result = normaliseSource(
        raw(
          'In fact, Beijing’s apprehension regarding its encirclement is genuine because the US has already ',
          '',
          'signed agreements and has established alliances in the region such as AUKUS and QUAD. ',
          '',
          'AUKUS is a nuclear-powered submarine naval project announced in September 2022. The ',
          ' security partnership is aimed at containing China in the Indo-Pacific region via Australia (Luthra, ',
          '',
          '2023). The pact is strongly criticized by Beijing by arguing that it’s going to speed up the arms race ',
          '',
          'in the region. Furthermore, its foreign ministry blamed the signatories by saying that the three ',
        ),
        { firstPage: 196 },
      );
      const text =
        'In fact, Beijing’s apprehension regarding its encirclement is genuine because the US has already signed agreements and has established alliances in the region such as AUKUS and QUAD. AUKUS is a nuclear-powered submarine naval project announced in September 2022. The security partnership is aimed at containing China in the Indo-Pacific region via Australia (Luthra, 2023). The pact is strongly criticized by Beijing by arguing that it’s going to speed up the arms race in the region. Furthermore, its foreign ministry blamed the signatories by saying that the three';
      expect(result.text).toBe(text);
      expect(result.paragraphs).toEqual([{ start: 0, end: text.length }]);
      const security = text.indexOf('security partnership');
      expect(result.pages).toEqual([
        { page: 196, start: 0, end: security },
        { page: 197, start: security, end: text.length },
      ]);
    });

    it('starts a paragraph too when the page break follows a finished sentence', () => {
      const result = normaliseSource(
        raw(
          '2023). Likewise, Pakistan also considers India as an eminent threat to its security and does not ',
          '',
          'spare a chance to counter it and in the case of Afghanistan the interests of both states diverge. ',
          '  Afghanistan is the immediate neighbour of Pakistan. In the past Pakistan looked at Kabul through ',
          '',
          'the lense of ‘strategic depth’ but due to changing regional dynamics, Pakistan no longer considers ',
        ),
        { firstPage: 195 },
      );
      const first =
        '2023). Likewise, Pakistan also considers India as an eminent threat to its security and does not spare a chance to counter it and in the case of Afghanistan the interests of both states diverge.';
      const second =
        'Afghanistan is the immediate neighbour of Pakistan. In the past Pakistan looked at Kabul through the lense of ‘strategic depth’ but due to changing regional dynamics, Pakistan no longer considers';
      expect(result.text).toBe(`${first}\n\n${second}`);
      const next = first.length + 2;
      expect(result.paragraphs).toEqual([
        { start: 0, end: first.length },
        { start: next, end: next + second.length },
      ]);
      expect(result.pages).toEqual([
        { page: 195, start: 0, end: next },
        { page: 196, start: next, end: next + second.length },
      ]);
    });

    it('gives no pages when the text shows no page number and no first page is given', () => {
      const result = normaliseSource(
        raw(
          'AUKUS is a nuclear-powered submarine naval project announced in September 2022. The ',
          ' security partnership is aimed at containing China in the Indo-Pacific region via Australia (Luthra, ',
        ),
      );
      expect(result.pages).toEqual([]);
    });
  });

  describe('end-of-line hyphens', () => {
    it('keeps the hyphen of a compound ("first-" + "ever", "geo-" + "economy")', () => {
      const result = normaliseSource(
        raw(
          'weaker, corrupt, and inefficient (Paul, 2014). But, in the year 2022, Pakistan formulated its first-',
          '',
          'ever National Security Policy which clearly demonstrated a shift from geo-strategy to geo-',
          '',
          'economy. The policy also recognizes the traditional as well as the non-traditional security threats ',
        ),
      );
      expect(result.text).toBe(
        'weaker, corrupt, and inefficient (Paul, 2014). But, in the year 2022, Pakistan formulated its first-ever National Security Policy which clearly demonstrated a shift from geo-strategy to geo-economy. The policy also recognizes the traditional as well as the non-traditional security threats',
      );
    });

    // The article breaks no plain word at a line end; these lines re-break "government" to show
    // the rule: the hyphen goes when the text elsewhere spells the word whole, and only then.
    const governmentLines = (elsewhere: string) =>
      raw(
        'in Afghanistan and Pakistan wants action against them (D’Souza et al., 2023). Besides this, the govern-',
        '',
        'ment is faced with grave economic crises, and states, such as Pakistan and China are trying to steer ',
        '',
        'it out of this situation. After the complete withdrawal of foreign forces, the Taliban took over the ',
        '',
        `${elsewhere}. On this occasion, the Taliban showed their interest in taking key Afghan stakeholders `,
      );

    it('drops the hyphen of a word the text elsewhere spells unbroken', () => {
      expect(normaliseSource(governmentLines('government')).text).toBe(
        'in Afghanistan and Pakistan wants action against them (D’Souza et al., 2023). Besides this, the government is faced with grave economic crises, and states, such as Pakistan and China are trying to steer it out of this situation. After the complete withdrawal of foreign forces, the Taliban took over the government. On this occasion, the Taliban showed their interest in taking key Afghan stakeholders',
      );
    });

    it('keeps the hyphen when the text never spells the word unbroken', () => {
      expect(normaliseSource(governmentLines('country')).text).toBe(
        'in Afghanistan and Pakistan wants action against them (D’Souza et al., 2023). Besides this, the govern-ment is faced with grave economic crises, and states, such as Pakistan and China are trying to steer it out of this situation. After the complete withdrawal of foreign forces, the Taliban took over the country. On this occasion, the Taliban showed their interest in taking key Afghan stakeholders',
      );
    });

    it('joinHyphenated: a form written with a hyphen anywhere keeps it', () => {
      // The article writes both "geo-economics" and "geoeconomics".
      const forms = new Set(['geo-economics', 'geoeconomics']);
      expect(
        joinHyphenated('shift from geo-politics to geo-', 'economics. Consequently', forms),
      ).toBe('shift from geo-politics to geo-economics. Consequently');
      expect(joinHyphenated('the Govern-', 'ment is', new Set(['government']))).toBe(
        'the Government is',
      );
      expect(joinHyphenated('its first-', 'ever National', new Set())).toBe(
        'its first-ever National',
      );
    });
  });

  it('keeps typographic quotes and apostrophes as they are', () => {
    const result = normaliseSource(
      raw(
        'mitigate this risk. He presented a tripartite approach in this regard focusing on ‘investment, ',
        '',
        'alignment, and competition’. Meaning that the United States while building its relationship with ',
        '',
        'their allies and lastly, they will be going to compete with China. As a response, Beijing’s Ministry of ',
        '',
        'Foreign Affairs termed this speech as “disinformation” and most interestingly they confirmed the ',
      ),
    );
    expect(result.text).toBe(
      'mitigate this risk. He presented a tripartite approach in this regard focusing on ‘investment, alignment, and competition’. Meaning that the United States while building its relationship with their allies and lastly, they will be going to compete with China. As a response, Beijing’s Ministry of Foreign Affairs termed this speech as “disinformation” and most interestingly they confirmed the',
    );
  });

  it('collapses runs of spaces', () => {
    const result = normaliseSource(
      raw(
        'Taliban guaranteed that their soil would not be used for any kind of terrorist activities against other ',
        '',
        'states (Maizland, 2020).  Resultantly, In August 2021 the forces withdrew from Afghanistan. The ',
        '',
        'hasty withdrawal faced severe criticism from countries like China. Beijing is of the opinion that the ',
      ),
    );
    expect(result.text).toBe(
      'Taliban guaranteed that their soil would not be used for any kind of terrorist activities against other states (Maizland, 2020). Resultantly, In August 2021 the forces withdrew from Afghanistan. The hasty withdrawal faced severe criticism from countries like China. Beijing is of the opinion that the',
    );
  });
});

describe('normaliseSource on the whole PJSEL article', () => {
  const dataDir = new URL('../../graph-data/', import.meta.url);
  const [record] = SourceFile.parse(parse(readFileSync(new URL('sources.yaml', dataDir), 'utf8')));
  const rawText = readFileSync(new URL(record?.file ?? '', dataDir), 'utf8');
  const result = normaliseSource(rawText, {
    header: (record?.header ?? []).map((pattern) => new RegExp(pattern)),
  });

  it('numbers pages 195 to 202, page 201 starting after the running header', () => {
    expect(result.pages.map(({ page }) => page)).toEqual([195, 196, 197, 198, 199, 200, 201, 202]);
    const page201 = result.pages.find(({ page }) => page === 201);
    expect(result.text.slice(page201?.start, (page201?.start ?? 0) + 30)).toBe(
      'Senate, 22 Republican lawmaker',
    );
  });

  it('leaves no running header in the text', () => {
    expect(result.text).not.toContain('PJSEL Vol');
    expect(result.text).not.toContain('Original Article');
    expect(result.text).toContain('Similarly, in the US Senate, 22 Republican lawmakers');
  });

  it('tiles the text with paragraphs joined by a blank line, and with pages', () => {
    const { text, paragraphs, pages } = result;
    expect(paragraphs).toHaveLength(35);
    expect(paragraphs[0]?.start).toBe(0);
    expect(paragraphs.at(-1)?.end).toBe(text.length);
    paragraphs.forEach(({ start, end }, i) => {
      expect(text.slice(start, end)).not.toContain('\n\n');
      expect(text.slice(start, end).trim()).toBe(text.slice(start, end));
      const next = paragraphs[i + 1];
      if (next) expect(text.slice(end, next.start)).toBe('\n\n');
    });
    expect(pages[0]?.start).toBe(0);
    expect(pages.at(-1)?.end).toBe(text.length);
    pages.forEach(({ end }, i) => {
      const next = pages[i + 1];
      if (next) expect(next.start).toBe(end);
    });
  });

  it('joins the compounds broken at line ends', () => {
    for (const compound of [
      'first-ever',
      'geo-economy',
      'long-awaited',
      'small-ranged',
      'longest-fought',
      'all-encompassing',
    ]) {
      expect(result.text).toContain(compound);
    }
  });
});
