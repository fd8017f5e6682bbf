"""The open vocabulary of sensitive facts, as staff write them in a record, and the sentences that only
look like one.

`sensitive.py` holds the precise phrases (糖尿病と診断, 身体障害者手帳2級). A memo, a 告知書 answer or a
相談記録 says the same things in words no list can hold: 「胃がんの術後」「CKD（慢性腎臓病）」「脳性まひ」
「夫からのDV」「前に捕まったことがある」「毎週教会」. So a fact is recognised here by the shape of its words —
a name of a disease by its ending (…病, …症, …炎, …がん, …症候群), a treatment (通院, 術後, 服用, 透析), a
function lost (聞こえにくい, 車いす, 杖歩行), harm suffered (…から暴力, 被害届), a past in custody (逮捕,
刑務所), a faith (信者, 教会, 入信) — and only in a sentence about a person (the caller checks that).

Look-alikes are ruled out by what the sentence is doing instead: a question on a blank form (…ありますか),
a product (がん保険), a system fault (システム障害), a job category (障害者雇用枠), a campaign or a notice
(注意喚起, セミナー, のお知らせ), a religious body as a client (宗教法人), a country of business (日系企業).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_K = r"[一-龥々]"  # kanji
# What turns a disease's ending into another word: 病院, 症状, 炎上, がん保険, 障害者雇用, 障害年金
_NOT_A_DISEASE_WORD = (
    r"(?!院|状|気|上|棟|室|科|保険|センター|検診|予防|対策|患者|研究|学会|週間|月間|保障|特約|年金|者雇用|雇用|対応|"
    r"情報|報告|発生|復旧|物|名|食|用|警戒|予報|アラート|シーズン|カフェ|スケール|サポーター|の症状の進行|に注意|ケア|の季節|加算|"
    r"が流行|流行|の?専門|領域|分野|外来|特集|番組|ドラマ|映画|記事)"
)
# A disease by the ending of its name: 糖尿病, 甲状腺機能低下症, 虫垂炎, 胃がん, 過敏性腸症候群 … The
# ending must close the word (病院, 症状, 炎上, がんばる are other words).
_DISEASE = re.compile(
    rf"(?:{_K}|[ァ-ヴー]){{1,10}}(?:症候群|病|症|炎|癌|腫瘍|筋腫|不全|疾患|梗塞|出血|結石|潰瘍|ポリープ|細動|"
    rf"ヘルニア|骨折|障害|障がい){_NOT_A_DISEASE_WORD}|[ぁ-んァ-ヴー一-龥]{{1,8}}アレルギー"
    rf"|DM(?=あり|[（(]内服|で(?:通院|治療))|(?:腎|肝|心|呼吸|認知|甲状腺|腎臓|心臓)機能(?:低下|障害)"
    rf"|(?:{_K}{{1,4}})がん(?![ばァ-ヴ]){_NOT_A_DISEASE_WORD}"
    rf"|(?<![ぁ-ん])(?:がん|ガン|癌)(?=[（(のでをが、。 ]|治療|$)"
    rf"|不整脈|骨粗しょう症|貧血|高血圧|低血圧|脳卒中|難聴|白内障|緑内障|喘息|ぜんそく|うつ病|うつ状態|(?:(?<![ぁ-ん])|(?<=[はがもにとて]))うつで|躁うつ|てんかん|アトピー|リウマチ|パーキンソン|"
    rf"CKD|COPD|HIV|HbA1c|メニエール|バセドウ|クローン病|痛風|帯状疱疹|脳性まひ|まひ|麻痺|胆石|"
    # what care and clinical notes write for a mind that is unwell: 鬱, うつ傾向, 統失, せん妄, 徘徊
    rf"鬱(?!陶)|うつ(?:傾向|っぽ|症状)|抑うつ|統失|双極|パニック(?:発作|障害)|せん妄|徘徊|(?:物盗られ|被害)妄想|"
    rf"幻視|幻聴|物忘れ|"
    # injuries of an accident or a fall: 頸椎捻挫, 脳挫傷, 靱帯損傷, 転倒して骨折
    rf"(?:{_K}{{1,6}})?(?:捻挫|挫傷|打撲|後遺症|脱臼)|(?:靱帯|靭帯|脊髄|頸髄|脳|神経|半月板|腱板)損傷|"
    rf"(?:転倒|転落)(?:して|し)?骨折|"
    # clinicians' abbreviations, only before what is done about them or as a whole note
    rf"(?<![A-Za-z])(?:MDD|IHD|HT|PD|HCV|HBV|AF|DM)(?![A-Za-z0-9\-])(?=[^。\n]{{0,3}}(?:既往|術後|内服|治療|通院|服薬|加療|疑い|あり|陽性|[（(])|\s*$)|"
    rf"Ca(?=の?術後)"
)
# Words with a disease's ending that name no disease: caring for the sick, cowardice, a feigned illness.
_NOT_DISEASES = ("看病", "臆病", "仮病", "闘病生活を支え", "私傷病", "傷病")
# Treatment and its traces: 通院中, 術後, 服用, 透析, 既往, インスリン, 経過観察, 処方 …
_TREATMENT = re.compile(
    r"通院|入院|手術|術後|服用|服薬|内服|投薬|透析|既往|治療|経過観察|療養|受診|処方|注射|インスリン|"
    r"吸入薬|ペースメーカー|CPAP|降圧剤|ニトログリセリン|休職|持病|の薬|薬を(?:飲|服)|診断|キャリア|発作|切除"
)
# A disease's word and a treatment's word in one clause assert the fact (胆石で入院, 高脂血症の薬を服用);
# these assert it alone (a name that is a diagnosis by itself, or a body that does not work).
_BY_ITSELF = re.compile(
    r"(?:心療内科|精神科|メンタルクリニック|整形外科)(?:に|へ|を|で)?(?:通院|通っ|かかっ|受診)|"
    # being treated, said of the person: the fact of a hospital visit is itself 要配慮 (guideline §2-3)
    r"(?<!剤)(?:通院|入院|手術|服用|服薬|内服|投薬|透析|受診|療養|治療)(?:中|歴|済み|済|した|して|しており|予定|あり)|"
    r"経過観察中|既往(?:あり|歴)|薬を(?:飲んで|服用して|毎日)|"
    r"(?:心臓|腎臓|肝臓|肺|胃|腸|腰|膝|目|耳)が(?:悪い|悪く|弱い|弱く)|"
    r"(?:血圧|血糖|コレステロール|尿酸|持病|心臓|睡眠|精神|抗うつ|安定剤)の薬|"
    r"妊娠(?:[0-9０-９一二三四五六七八九十]+(?:か月|ヶ月|カ月|週)|中)|切迫早産|つわり|不妊治療|"
    r"数値が(?:悪|高)|血糖値が高|血圧が高|HbA1cが|"
    # a family's chat: 入院は2週間, 血圧がまた上がってる, 杖なしだと歩けない, 腰の手術
    r"(?:入院|手術)は|血圧が(?:また)?上が|(?:杖|支え|介助)なし(?:だと|では)歩けな|歩けなくな|"
    r"(?:腰|膝|股関節|心臓|目|白内障|ヘルニア)の手術|"
    r"(?<!介護用)車(?:いす|椅子)(?!対応|用|の貸|レンタル)|杖(?:歩行|を使)|"
    # nursing: what is done for the body that shows its state
    r"療法中|褥瘡|カテーテル|ストーマ|人工肛門|胃ろう|胃瘻|人工呼吸|NPPV|在宅酸素|経管栄養|喀痰吸引|人工関節|"
    r"ALS|欠損|手話|筆談|補聴器|義足|義手|白杖|人工肛門|ペースメーカー|"
    r"(?:耳|片耳|目|足|手|腕|右手|左手|右足|左足|腰)が(?:ほとんど)?(?:聞こえ|見え|不自由|動か)|"
    r"(?:身障|療育|精神の|精神障害者保健福祉)手帳|手帳[（(](?:精神|身体|療育)[)）]|"
    r"(?:身体|知的|発達|精神|聴覚|視覚|下肢|上肢|内部|言語|肢体|学習|高次脳機能)障(?:害|がい)|"
    r"アスペルガー|自閉|ADHD|エピペン|性別違和|トランスジェンダー|吃音|色覚異常|色弱|"
    # what care, accident and clinic notes say of a body or a mind without naming a disease
    r"全介助|一部介助|要介助|寝たきり|歩行器|歩行困難|透析(?:日|通院|を受け)?(?!機|装置|室|センター|施設|クリニック|液)|インスリン|床ずれ|耳が遠い|リハビリ(?:中|通院)|症状固定|"
    r"通院(?:継続|リハビリ)|メンタル不調|PTSD|アルコール依存|依存症|流産|死産|"
    r"(?:摘出|切除|形成|置換|バイパス|移植)術|傷害を負っ|全治[0-9０-９一二三四五六七八九十]+"
)
# Medicines whose name says the illness (an anticoagulant, insulin, a dementia or Parkinson's drug, an
# antiviral for hepatitis B, gout, diabetes, cancer, psychiatric and antiepileptic drugs); not those for
# symptoms anyone takes (痛み止め, 胃薬, 便秘薬).
DISEASE_DRUGS = "|".join(
    (
        "ワルファリン",
        "ワーファリン",
        "インスリン",
        "ドネペジル",
        "アリセプト",
        "メマンチン",
        "ガランタミン",
        "レボドパ",
        "エンテカビル",
        "テノホビル",
        "アロプリノール",
        "フェブキソスタット",
        "メトホルミン",
        "グリメピリド",
        "シタグリプチン",
        "ダパグリフロジン",
        "エンパグリフロジン",
        "リラグルチド",
        "アムロジピン",
        "オルメサルタン",
        "カンデサルタン",
        "アトルバスタチン",
        "ロスバスタチン",
        "レボチロキシン",
        "チラーヂン",
        "リスペリドン",
        "オランザピン",
        "アリピプラゾール",
        "クエチアピン",
        "パロキセチン",
        "セルトラリン",
        "エスシタロプラム",
        "デュロキセチン",
        "ミルタザピン",
        "炭酸リチウム",
        "ゾルピデム",
        "ブロチゾラム",
        "バルプロ酸",
        "カルバマゼピン",
        "レベチラセタム",
        "ラモトリギン",
        "タモキシフェン",
        "レトロゾール",
        "アナストロゾール",
        "テガフール",
        "カペシタビン",
        "ダビガトラン",
        "アピキサバン",
        "リバーロキサバン",
        "エドキサバン",
        "メトトレキサート",
        "ニトログリセリン",
        "フロセミド",
        "タクロリムス",
    )
)
# A medicine a person takes or carries names the illness it treats: 降圧剤を毎朝服用, ニトログリセリン携帯
_MEDICINE = re.compile(
    r"(?:降圧剤|降圧薬|睡眠薬|抗うつ薬|抗不安薬|抗がん剤|抗凝固薬|抗てんかん薬|精神安定剤|安定剤|ステロイド|"
    rf"血液をサラサラにする薬|{DISEASE_DRUGS})(?:[とや・][^。\n]{{0,12}})?"
    r"(?:を|の)?(?:毎朝|毎晩|毎日|常に)?(?:服用|内服|使用|携帯|飲んで|注射|自己注射)"
    r"|(?i:\btakes? (?:blood thinners|insulin|antidepressants|anticoagulants)\b)"
)
# A care-need level said of a person (要介護3, 要支援2→要介護1); a range (要介護1〜5) is a price list's.
_CARE_LEVEL = re.compile(
    r"要(?:介護|支援)[1-5１-５一二三四五](?![0-9０-９]|\s*[〜～~\-－ー]|から)"
    r"(?:\s*[→⇒]\s*要(?:介護|支援)[1-5１-５一二三四五])?"
)
_PRICE = re.compile(r"円|[¥￥]|[／/]回|単位|料金|負担|限度額|点数|区分支給")
# A health check's result for a person: 眼底 C判定, 便潜血陽性 要精密, LDL-C 192 要治療
_CHECKUP = re.compile(
    r"(?<![A-Za-zＡ-Ｚａ-ｚ])[C-EＣ-Ｅ]判定|要精密(?:検査)?|要再検(?:査)?|要医療|要治療|要受診|要経過観察|"
    r"異常所見(?:あり|有)|有所見|陽性(?!率)|肥満[（(]?[1-4１-４]度"
)
_VICTIM = re.compile(
    r"被害(?:に遭|にあ|を受け|届|者)|(?:詐欺|ひったくり|空き巣|窃盗|盗難|暴行|傷害|DV|ストーカー|痴漢|性)の?被害"
    r"(?!防止|を防|対策|者週間)|暴力(?:を受け|を振る|被害)|から(?:の)?(?:暴力|DV|虐待|暴行)|DV(?:被害|で避難|を受け)|"
    r"虐待(?:を受け|され)|暴行(?:され|を受け)|脅迫され|(?:詐欺|ひったくり|スリ|痴漢|置き引き)に(?:遭|あ)|"
    r"空き巣に入られ|つきまとわれ|ストーカー|強盗に(?:押し)?入られ|泥棒に入られ|強盗被害"
)
_CRIMINAL = re.compile(
    r"捕まっ|逮捕|刑務所|服役|出所|前科|補導|執行猶予|有罪|少年院|起訴|拘置所|保護観察|前歴|罰金刑|懲役|禁錮|実刑|"
    # a charge as a law office files it: 窃盗被告事件, 傷害容疑で勾留中
    r"[一-龥々（）()]{2,20}被告事件|容疑で(?:逮捕|勾留|送検|取り調べ)|勾留(?:中|され)"
)
_CREED = re.compile(
    r"宗教(?!法人)|信仰|信者|信徒|教会(?!通り|前|堂)|入信|門徒|宮司|布教|後援会|支持政党|党員|イスラム教|キリスト教|仏教徒|"
    r"檀家|氏子|ラマダン(?!期間|明け)|ハラール(?!対応|認証|メニュー|料理店)|断食中|"
    r"創価|学会員|エホバ|モルモン|ムスリム|クリスチャン|カトリック|プロテスタント|ユダヤ教|ヒンドゥー|"
    r"断食する|党の(?:支持者|党員|活動)|を支持して|政治団体の活動"
)
_RACE = re.compile(
    r"日系(?:[一二三四0-9]世|ブラジル人|ペルー人|人|アメリカ人)|在日(?:韓国|朝鮮|コリアン)|アイヌ|琉球民族|人種"
)
_ENGLISH_MEDICAL = re.compile(
    r"(?i)\b(?:has|have|had|with|diagnosed with|suffers? from|treated for|history of|recovering from) "
    r"(?:epilepsy|diabetes|cancer|asthma|depression|hiv|hepatitis|dementia|schizophrenia|bipolar disorder|"
    r"a stroke|stroke|heart disease|kidney disease|copd|adhd|autism|ptsd|an anxiety disorder|"
    r"type [12] diabetes|high blood pressure|hypertension)\b|\b(?:had|has|underwent) (?:\w+ )?surgery\b|"
    r"\b(?:is|was) (?:diabetic|epileptic|pregnant)\b|"
    # a named condition after a verb that only a diagnosis or a treatment takes
    r"\b(?:diagnosed with|treated for|hospitali[sz]ed (?:for|with|due to|because of)|"
    r"hospitali[sz]ation (?:for|due to|because of)|"
    r"(?:admitted|treated|off work|on sick leave) (?:due to|because of)|"
    r"undergoing|admitted (?:for|with)|(?:is|was) a known case of|required (?:intensive )?care for|"
    r"(?:treatment|surgery|admission) for) (?!(?:any|an?) (?:illness|disease|condition)s?\b)"
    r"[a-z][a-z\- ]{2,40}?(?=[.;,)]|$| and\b| since\b| at\b| in\b| from\b| on\b| during\b| following\b)|"
    r"\bon dialysis\b|\btakes insulin\b|\bgout\b"
)
_ENGLISH_DISABILITY = re.compile(
    r"(?i)\b(?:is|was) (?:blind|deaf)\b|\bwheelchair\b|\bhearing[- ]impaired\b|"
    r"\b(?:has|with) an? (?:visual|hearing|physical|intellectual|learning) (?:impairment|disability)\b|"
    r"\b(?:has|have|with|uses?) (?:a )?(?:cardiac )?pacemaker\b"
)
_ENGLISH_CRIMINAL = re.compile(
    r"(?i)\b(?:was|were|been) (?:arrested|convicted|imprisoned)\b|"
    r"\b(?:prior|previous) (?:conviction|arrest)s?\b|\bcriminal record\b"
)
_ENGLISH_VICTIM = re.compile(r"(?i)\bvictim of\b")
_ENGLISH_CREED = re.compile(r"(?i)\bpracti[sc]ing (?:hindu|muslim|christian|buddhist|jew|catholic)\b")

# What a sentence does that is not stating a person's fact.
# (「…のことも相談できますか」 asks for a service about a fact it states: no form question)
_QUESTION = re.compile(
    # (「様子を見ていただけますか」 asks for help, not about the fact)
    r"(?:(?<!でき)(?<!いただけ)(?<!もらえ)(?<!くれ)ますか|ですか|ましたか|ませんか|でしょうか|(?<!でき)か？|か\?|とは[？?])"
)
_NOT_A_FACT = re.compile(
    # what may happen one day, not what is: 「自分もいつか認知症になるかも」
    r"になるかも|になったらどう|にならないよう|いつか[^。\n]{0,12}(?:なる|なったら)|"
    # a drug's leaflet: who must not take it
    r"投与しないこと|慎重投与|次の患者には|"
    r"保険|特約|給付金|保障|共済|注意喚起|啓発|セミナー|講座|研修|勉強会|キャンペーン|ニュース|報道|予防接種|"
    r"のお知らせ|ご案内|対策|防止|ご注意|気をつけ(?:ましょう|て(?:ください|下さい))|お気をつけ|増加|全国|厚生労働省|求人|採用枠|雇用促進|雇用率|"
    r"宗教法人|日系企業|要配慮個人情報|個人情報の取扱|取扱い|プライバシー|ポリシー|規程|様式|記入例|チェック欄|"
    r"お持ちの方|の方は|の方に|の方へ|方には|割引|貸出|貸し出し|チラシ|ポスター|掲示|案内|勉強会|(?<![0-9０-９一二三四五六七八九十数])週間|駐車場|開催|会場|"
    r"(?:開催|実施|案内|紹介|お知らせ|募集|販売|提供|受付|発送|配布)(?:いたします|致します)|のある方|(?<!相手)方は|レンタル|福祉用具|同伴可|対応トイレ|注意喚起|警戒|アラート|効能|用法|容疑者|CM|広告|コマーシャル|正解|気になる方|補償|対象外|免責|(?<!に)向け|教材|当塾|について説明|教式|伝来|の有無|用品|"
    # a glossary's definition: 歯周病：歯ぐきの炎症, 色覚：色を識別する能力
    r"(?<![^\n])[・◆\-*\s]*(?:Q\.\s*)?[一-龥ァ-ヴー]{2,10}[：:][^。\n]{0,24}"
    r"(?:の炎症|のこと|の総称|する能力|の名前|を指す)|があっても|"
    r"[（(]例[)）:：]|例[:：]|"
    # rules and terms (第5条 …とき休職を命ずる), books, statutes, code tables, exam questions, solicitation
    r"第[0-9０-９一二三四五六七八九十]+条|を命ずる|エッセイ|小説|手記|ノンフィクション|新刊|図書|"
    r"[一-龥]{2,}(?:基本法|防止法|解消法|福祉法|保護法|取締法)(?![違])|法令|制度の|一般的な|刑法[0-9０-９]+条|"
    r"(?<![^\n])[-・*\s\u3000]*[A-TV-Z][0-9]{2}(?:\.[0-9]{1,2})?[ \t\u3000]|コード表|傷病コード|"
    r"述べよ|[○◯]/×|[○◯]×|(?:よい|べき)か[。？?]|の勧誘を受け"
)
# A form's field for the person's health: its value, not the field's name, is the fact (既往：喘息).
_FIELD_LABEL = re.compile(
    r"(?:診断|診断名|病名|傷病名|既往|既往歴|既往症|病歴|持病|アレルギー・既往歴)[ \t]*"
    r"(?:[（(][^）)\n]{0,12}[)）])?[ \t]*[:：】]"
)
# Items of a check list: ticked (■心臓病) or left blank (□高血圧).
# A ticked and a blank box, drawn as a glyph (■ □) or typed as brackets: (レ) (✓) (○) [x] and ( ) [ ]
_TICK = r"(?:[■☑☒✓✔●]|[(（\[][ \t\u3000]*[レ✓✔○〇◯xXｘＸ*＊][ \t\u3000]*[)）\]])"
_BLANK = r"(?:[□☐]|[(（\[][ \t\u3000]*[)）\]])"
_ITEM = r"[^\s□■☐☑☒✓✔●○◯：:、，,/／（()）\[\]]+"
# Beside a ● that ticks (あてはまるものに●), a ○ is an option left blank
_OPEN_CIRCLE = re.compile(rf"[○◯][ \t\u3000]*{_ITEM}")
_CHECKED = re.compile(rf"{_TICK}[ \t\u3000]*({_ITEM})")
_UNCHECKED = re.compile(rf"{_BLANK}[ \t\u3000]*{_ITEM}")
_ANY_BLANK = re.compile(_BLANK)
# A ticked answer (■はい □いいえ（胆石で入院）) is no item: the words after it state the fact.
_ANSWERS = frozenset(
    {"はい", "いいえ", "有", "無", "有り", "無し", "あり", "なし", "該当", "非該当", "Yes", "No"}
)
# Property stolen from the organisation (an incident report) is no person's victimhood.
_PROPERTY = re.compile(
    r"鞄|カバン|バッグ|パソコン|PC|端末|タブレット|USB|書類|車両|営業車|社用車|公用車|スマートフォン|社用携帯"
)
# A category of information named, not a fact stated: 病歴等の告知内容, 信条や病歴に関する情報,
# 告知内容（病歴）
# (A field's label 既往： is no mention: the value after it is the record's person's fact.)
_CATEGORY_MENTION = re.compile(
    r"(?:病歴|信条|人種|社会的身分|犯罪の経歴|既往歴)(?:等|など|や|に関する|に係る|の情報|情報|の取扱|の告知)|"
    r"[（(](?:病歴|信条|既往歴)[)）]|(?:信条|人種|思想)や(?:病歴|信条)"
)
_SYSTEM_FAULT = re.compile(
    r"(?:本|当|同|今回の|この|前回の|先般の)障害|(?:ログイン|レジ|サイト|ウェブ|Web|クラウド|予約|決済|"
    r"システム|ネットワーク|通信|回線|サーバ|サーバー|機器|プリンタ|プリンター|電源|配信|接続|アクセス|設備|運用|"
    r"基盤|メール|電話|端末|アプリ|ソフト|データ|交通|物流|業務)(?:の|に|が)?(?:メンテナンス)?(?:障害|まひ|麻痺)"
)
# 「障害のため」 after a disease's name is the person's (双極性障害のため配慮): only a fault that names its
# system may reach into the word before it (本日サーバ障害).
_BARE_FAULT = re.compile(r"(?<![一-龥ァ-ヴー])障害(?:が発生|発生|対応|復旧|情報|報告|のため|により|時)")

_CLASSES = (
    ("disability", _CARE_LEVEL),
    ("medical", _CHECKUP),
    ("crime_victim", _VICTIM),
    ("criminal_record", _CRIMINAL),
    ("creed", _CREED),
    ("race", _RACE),
    ("disability", _BY_ITSELF),
    ("medical", _MEDICINE),
    ("medical", _ENGLISH_MEDICAL),
    ("disability", _ENGLISH_DISABILITY),
    ("criminal_record", _ENGLISH_CRIMINAL),
    ("crime_victim", _ENGLISH_VICTIM),
    ("creed", _ENGLISH_CREED),
)


def answer_start(shadow: str, s0: int, s1: int) -> int:
    """Where the sentence starts stating: after its question (「入院したことがありますか：はい（胆石）」)."""
    question = _QUESTION.search(shadow, s0, s1)
    return s0 if question is None else question.end()


def not_a_fact(shadow: str, s0: int, s1: int) -> bool:
    """The sentence names a category, a product, a service or a campaign rather than a person's fact."""
    return (
        _NOT_A_FACT.search(shadow, s0, s1) is not None or _CATEGORY_MENTION.search(shadow, s0, s1) is not None
    )


def has_boxes(shadow: str) -> bool:
    """Whether the text draws any blank box a check list leaves (□, ☐, ( ), [ ])."""
    return _ANY_BLANK.search(shadow) is not None or ("●" in shadow and ("○" in shadow or "◯" in shadow))


def unchecked_options(shadow: str, s0: int, s1: int) -> list[tuple[int, int]]:
    """The items of a check list left blank (□高血圧 □喘息): choices offered, not facts."""
    blank = [m.span() for m in _UNCHECKED.finditer(shadow, s0, s1)]
    if "●" in shadow[s0:s1]:
        blank += [m.span() for m in _OPEN_CIRCLE.finditer(shadow, s0, s1)]
    return blank


def after_field_label(shadow: str, s0: int, s1: int) -> int:
    """Where the value of a health field begins in the sentence (after 既往：), else s0."""
    label = _FIELD_LABEL.search(shadow, s0, s1)
    return s0 if label is None else label.end()


def open_hits(shadow: str, s0: int, s1: int, *, boxes: bool) -> Iterator[tuple[int, int, str]]:
    """Spans of sensitive facts stated in the sentence `shadow[s0:s1]`, by the shape of their words.

    The span runs from the first to the last word that makes the fact, so overlapping and adjacent words
    (胃がんの術後) give one finding.
    """
    s0 = answer_start(shadow, after_field_label(shadow, s0, s1), s1)
    if s0 >= s1 or not_a_fact(shadow, s0, s1):
        return
    faults = [m.span() for m in _SYSTEM_FAULT.finditer(shadow, s0, s1)]
    faults += [m.span() for m in _BARE_FAULT.finditer(shadow, s0, s1)]
    spans: list[tuple[int, int, str]] = []
    blank = unchecked_options(shadow, s0, s1) if boxes else []
    diseases = [
        m
        for m in _DISEASE.finditer(shadow, s0, s1)
        if not _overlaps(m.span(), faults)
        and not _overlaps(m.span(), blank)
        and not m.group().endswith(_NOT_DISEASES)
    ]
    treatments = list(_TREATMENT.finditer(shadow, s0, s1))
    # on a list that offers diseases (( )高血圧 (レ)心臓病 ☑甲状腺の病気), every ticked item is one
    # (a ■ before a label in a mail, 「■主病名　…」, is a bullet: a check list also leaves boxes blank)
    offers_diseases = any(_DISEASE.search(shadow, b0, b1) for b0, b1 in blank)
    ticked = [
        span
        for span in (m.span(1) for m in _CHECKED.finditer(shadow, s0, s1))
        if shadow[span[0] : span[1]] not in _ANSWERS
        and (offers_diseases or any(span[0] <= m.start() and m.end() <= span[1] for m in diseases))
    ]
    # ■心臓病 on a check list of diseases: a ticked item is a fact on its own, and only it
    spans += [(start, end, "medical") for start, end in ticked]
    if diseases and not ticked and (treatments or len(shadow[s0:s1].strip()) <= 40):
        # a disease named in a short note (「双極性障害」「高尿酸血症」) or with its treatment
        words = [m.span() for m in diseases + treatments]
        spans.append((min(s for s, _ in words), max(e for _, e in words), "medical"))
    property_theft = stolen_property(shadow, s0, s1)
    for subtype, pattern in _CLASSES:
        if subtype == "crime_victim" and property_theft:
            continue
        if pattern is _CARE_LEVEL and _PRICE.search(shadow, s0, s1):
            continue  # 要介護3 … 1,234単位: a price list's row
        if pattern is _CHECKUP and len(_CHECKUP.findall(shadow, s0, s1)) >= 3:
            continue  # A 異常なし／C 要経過観察／D 要精密検査／E 要治療: a legend of grades
        for m in pattern.finditer(shadow, s0, s1):
            if not _inside(m.span(), faults):
                spans.append((m.start(), m.end(), subtype))
    yield from merged(spans)


# What follows a fact and denies it: 入院歴なし, 糖尿病の既往はありません, 前科・前歴なし
_DENIED_AFTER = re.compile(
    r"[ \t\u3000]*(?:の)?(?:既往|歴)?"
    # what the absence is of: 宗教上の制限なし, 障害等級の認定なし, 健診結果 異常なし
    r"(?:上の(?:制限|配慮|理由)|の?認定|[ \t\u3000]*(?:異常|所見|異常所見)"
    r"|の?(?:指摘|訴え|症状|兆候|徴候))?(?:"
    r"[はも][ \t\u3000]*(?:なし|無し|ない|無い|ありません|ございません|認められない|見られない|みられない|"
    r"受けていない|受けておらず|認めない|認めず)"
    # 「ない」 straight after the word is part of it: 耳が聞こえない states the fact
    r"|[ \t\u3000]*[:：]?[ \t\u3000]*(?:なし|無し|無|特になし|特記なし|否定|認めず|非該当))"
)
_DENIED_BEFORE = re.compile(r"(?i)\b(?:no|denies|without|negative for)\s+(?:[a-z-]+\s+){0,2}$")


def denied(shadow: str, start: int, end: int, s1: int) -> bool:
    """The fact is stated as absent: a 告知書's or a care record's 「…なし」, or English "no …"."""
    return (
        _DENIED_AFTER.match(shadow, end, s1) is not None
        or _DENIED_BEFORE.search(shadow[max(0, start - 40) : start]) is not None
    )


def stolen_property(shadow: str, s0: int, s1: int) -> bool:
    """The sentence tells of the organisation's property stolen (an incident report), not a person harmed."""
    return _PROPERTY.search(shadow, s0, s1) is not None


def _overlaps(span: tuple[int, int], faults: list[tuple[int, int]]) -> bool:
    """本日サーバ障害: the disease-like word runs into the fault from before it."""
    return any(s < span[1] and span[0] < e for s, e in faults)


def _inside(span: tuple[int, int], faults: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in faults)


def merged(spans: list[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """Overlapping or touching spans as one, with the subtype of the first."""
    current: tuple[int, int, str] | None = None
    for start, end, subtype in sorted(spans):
        if current is not None and start <= current[1] + 1:
            current = (current[0], max(current[1], end), current[2])
            continue
        if current is not None:
            yield current
        current = (start, end, subtype)
    if current is not None:
        yield current
