"""PERSON: names in kanji, kana and romaji, found from Sudachi's 人名 tags, a name lexicon and context.

How a span is built, in order of strength:
- a column header that says the cell is a name (氏名, フリガナ) — or that it is not (会社名, 商品名);
- a label before the value (氏名：, 担当：, お名前);
- runs of tokens Sudachi tags 人名 (姓 + 名, foreign names joined by ・), completed by the lexicon where the
  analyser left the given name unknown (北浦 + 美佐紀, 能登 + 慎司);
- an honorific or title right after (様, さん, 氏, 部長, 先生), which also stays outside the span;
- romaji pairs whose parts are a known surname and given name (Taro Yamada, YAMADA Taro);
- a kana reading in brackets right after a name (山田太郎（ヤマダ タロウ）: two findings);
- the same surface again elsewhere in the segment (same-surface propagation);
- the sentence around an unknown word: a definition (Xは、日本の歌手。, Xは医師だった。), a kinship or
  occupation word before it (also with a ・: 父・与三郎), a personal noun it owns (Xの妻), a list anchored by
  a name, a partner (Xと結婚), the object of a verb said of people (Xを破り), a subject of what only a person
  does (…、Xは…と述べた), a regnal number (X2世), Latin initials (J.R.X).
A surname glued to a company word or preceded by a company form is not a person (有限会社渡辺情報,
山本電器), nor is a word the sentence calls a thing: a club one joins (Xに移籍), a government or a place
(X政権, X山脈), what one belongs to, what hosts or has a capital (Xに所属, Xで開催, Xの首都), the subject
of a definition of a ship or a shop (Xは、…の駆逐艦。).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from mamori.detect.columns import ColumnKind, column_meaning
from mamori.detect.finding import Finding
from mamori.detect.morph import Kind, Token, has_japanese, tokenize
from mamori.detect.name_lexicon import NameLexicon, lexicon, to_katakana
from mamori.detect.recognizer import Segment
from mamori.detect.types import EntityType


def _words(*lines: str) -> frozenset[str]:
    return frozenset(word for line in lines for word in line.split())


_NAMEISH = frozenset({Kind.SURNAME, Kind.GIVEN, Kind.PERSON})
_DOTS = frozenset({"・", "･", "=", "＝", "·"})
# Era names the analyser can tag as a person (昭和 is also an emperor): on a form they are dates.
_ERAS = frozenset({"明治", "大正", "昭和", "平成", "令和"})

# Words after a name that confirm it and stay outside the span.
HONORIFICS = _words(
    "様 さま サマ さん サン 氏 殿 君 くん ちゃん 先生 先輩 部長 課長 係長 次長 社長 会長 専務 常務",
    "取締役 主任 室長 所長 店長 院長 理事長 教授 准教授 講師 博士 医師 弁護士 税理士 看護師 監督 選手",
    "議員 首相 大臣 知事 市長 町長 村長 容疑者 被告 被告人 受刑者 記者 夫妻 夫人 委員長 代表 副社長",
    "主将 投手 捕手 騎手 九段 名人 八段 七段 六段 五段 四段 三段 二段 初段 総理 大統領 国王 女王 王子",
    "氏ら さんら 容疑 患者 講演 作 著 編 訳 談 ら 中佐 大佐 少佐 中将 大将 少将 船長 蔵相 外相 大使 皇帝",
    "卿 伯爵 公爵 親方 兄弟 一族 家 学長 中尉 少尉 大尉 子爵 男爵 侯爵 報道官 艦長 航海長 上皇 法皇 王配 王",
    "将軍 提督 元帥 司令官 長官 総裁 総督 議長 副大統領 上院議員 下院議員 副会長 元首相 本人 個人 派",
    "准将 曹長 軍曹 伍長 総理大臣 皇太子 殿下 天皇 帝",
    "教皇 法王 司教 大司教 枢機卿 司祭 神父 牧師 修道士 王妃 皇后 皇太后 女帝 藩主 城主 当主 領主 家老",
    "老中 大老 奉行 執権 関白 摂政 参議 中納言 大納言 頭取 会頭 顧問 参与 相談役 判事 検事 巡査 警部",
    "警視 外野手 内野手 遊撃手 審判 コーチ 横綱 大関 関脇 小結 名誉教授 助教授 助教 研究員",
    # titles of artists, clergy, schools, offices and ranks said after a name (X女史, X上人, X校長)
    "女史 画伯 翁 上人 法師 禅師 和尚 住職 僧正 宮司 師範 総長 校長 館長 局長 署長 園長 団長 隊長 座長",
    "支配人 編集長 主席 総統 書記長 副議長 副市長 副知事 副首相 次官 裁判長 大公 王女 王太子 一等兵",
    "上等兵 兵長 竜王 王将 棋聖 棋王 主審",
)
_STRONG_HONORIFICS = HONORIFICS - _words("作 著 編 訳 談 ら 代表 講演 患者 家 一族 本人 個人 派")
# Titles that only close a compound title (上院 + 議員, 国務 + 長官, 陸軍 + 少将, 元 + 副会長).
_COMPOUND_TITLE_ENDS = _STRONG_HONORIFICS | _words("准将 大臣 長官 殿下 皇太子 少将 議員 副会長")
# Kanji words that follow a name without making a compound of it: the person's self, a role played,
# a plural, a credit (森岡自身, 坂巻伸役, 北浦真三編曲).
_AFTER_NAME = _words(
    "自身 自ら 役 等 達 候補 逝去 不在 作曲 作詞 編曲 採譜 監修 演出 脚本 原作 主演 撮影 指揮",
    # what befalls a person, glued to the name in headlines and summaries (X当選後, 漱石没後)
    "死去 没後 生誕 来日 訪日 帰国 当選 当選後 落選 就任 退任 辞任 引退 暗殺 失脚 存命 在位 方 側",
)
# Offices a country or a city holds too (フランス大統領, 千葉市長): after a place they do not make a name.
_OFFICES = _words(
    "大統領 首相 総理 国王 女王 王子 皇帝 帝 王 大使 知事 市長 町長 村長 議員 外相 蔵相 代表 元首相",
    "藩主 城主 領主 司教 大司教 教皇 法王",
    "総長 校長 館長 局長 署長 園長 団長 主席 総統 副市長 副知事 副首相 次官 大公 王女 王太子",
)
# Kinship words: glued before a katakana word they make a name of it even when the analyser knows the
# word as a common noun (母ミリー, 妻ローズ); occupations do not (歌手デビュー).
_KIN_WORDS = _words(
    "長女 次女 三女 四女 長男 次男 三男 四男 妻 夫 父 母 兄 姉 弟 妹 息子 娘 祖父 祖母 叔父 叔母 伯父 伯母",
    "孫 継父 継母 義父 義母 義兄 義弟 義姉 義妹 先妻 前妻 後妻 愛人 恋人",
    "養子 養女 養父 養母 実父 実母 亡父 亡母 長兄 次兄 長姉 末弟 末妹 嫡男 嫡子 庶子 従兄 従弟 従姉 従妹",
    "甥 姪",
)
# Kinship and occupation words that introduce a name right after them (長女あかね, 建築家カルロ・ベネッリ,
# 作者の坂巻).
_ROLE_WORDS = _KIN_WORDS | _words(
    "女優 俳優 歌手 監督 選手 投手 作家 画家 漫画家 小説家 作曲家 作詞家 詩人 建築家 司令官 理事長",
    "コメディアン 社長 会長 プロデューサー ディレクター 新人 リーダー 候補者 首相 大統領 議員 記者 指揮者",
    "哲学者 学者 博士 教授 将軍 提督 弁護士 医師 キャスター アナウンサー 役者 騎手 棋士 力士 作者 原作者",
    "脚本家 演出家 主人公 仲間",
    "摂政 外交官 政治家 実業家 経営者 創業者 ピアニスト ギタリスト ボーカリスト ドラマー 司会者 タレント",
    "友人 親友 同僚 部下 上司 師匠 弟子 後輩 先輩 恩師 助手 秘書 副官 参謀 側近 家臣 家老 武将 将校 兵士",
    "写真家 彫刻家 陶芸家 書家 評論家 批評家 翻訳家 編集者 研究者 科学者 物理学者 数学者 化学者 経済学者",
    "歴史家 考古学者 技術者 探検家 冒険家 登山家 宇宙飛行士 飛行士 船長 艦長 機長 レスラー ボクサー",
    "柔道家 空手家 外野手 内野手 捕手 遊撃手 国王 女王 王妃 皇后 王子 王女 皇子 皇女 藩主 当主",
)
# Honorifics said only of people: they make a name of a token the analyser did not tag (ゲイリーさん).
_PERSONAL_HONORIFICS = _words("様 さま さん 氏 殿 君 くん ちゃん 先生 先輩")
# Honorifics of speech: 「近藤さんは通院らしい」 quotes what was said (a title's 金八先生 is a character).
_SPOKEN_HONORIFICS = ("さん", "様", "さま", "くん", "ちゃん")

# A surname right before these is part of an organisation or place name.
_ORG_WORDS = _words(
    "電器 電機 電気 情報 商事 商店 商会 工業 産業 建設 製作所 工務店 不動産 薬局 医院 病院 歯科",
    "クリニック 銀行 証券 物産 興業 運輸 運送 食品 製薬 化学 書店 出版 事務所 ホールディングス",
    "グループ 財団 学園 記念 賞 町 村 市 区 郡 駅 線 通り 橋 川 山 寺 神社 城 研究所 大学 高校 中学",
    "中学校 小学校 幼稚園 保育園 内科 外科 眼科 小児科 皮膚科 株式会社 有限会社 合同会社 組 屋 酒造",
    "鉄道 交通 自動車 精機 製菓 製作 本店 支店 ビル タワー ホテル 旅館 美術館 記念館 文庫 モータース",
    "商店街 通信 システム システムズ 技研 工房 農園 牧場 定理 効果 方式 式 法 公園 地区 新田 丁目",
    "家具 建設工業 設計 塗装 電設 興産 総業 物流 倉庫 製紙 紡績 館 堂 社 店 園 院 会 号 丸 杯 庵 亭",
    "荘 寮 戦 センター コーポレーション カンパニー クラブ チーム FC ホール スタジアム",
    "協会 連盟 委員会 組合 機構 財閥 航空 電鉄 重工 放送 新聞社 出版社 書房 劇団 楽団 合唱団 道場 学院",
    "学校 大学院 診療所 学会 寺院 神宮 大社 霊園 古墳 庭園 運河 大会 選手権",
    # diseases, laws and constants named after a person (パーキンソン病, ボイルの法則)
    "病 症候群 法則 方程式 定数 分布 予想 原理 現象",
    # governments, factions and treaties named after a person (X政権, X内閣, X陣営, X条約)
    "政権 内閣 陣営 一派 派閥 政府 王朝 条約 協定 計画 作戦 事件 事変 騒動 裁判",
    # places and buildings (X山脈, X選挙区, X空港, X修道院, X発電所)
    "山脈 山地 高原 盆地 平野 半島 諸島 列島 海峡 湾 湖 岬 峠 砂漠 温泉 空港 港 墓地 霊園 砦",
    "神殿 聖堂 大聖堂 修道院 教会 礼拝堂 宮殿 造船所 発電所 営業所 工場 百貨店 競馬場 競技場 球場",
    "劇場 映画祭 図書館 博物館 動物園 植物園 選挙区 都市圏 市民 県民 州立 記念碑 広場 街道 道路",
    # katakana heads of bands, firms, events and places written as a ・ chain (ハモンド・コミック)
    "バンド コミック コミックス プロダクション プロダクションズ エンターテインメント ブラザース ブラザーズ",
    "サーキット パーク アソシエイツ アソシエーション シアター レコード レコーズ ピクチャーズ スタジオ",
    "フィルム フィルムズ ゲームズ モーターズ リゾート カップ リーグ ユナイテッド シティ コンテスト",
    "フェスティバル アワード ミュージック メディア バレエ オーケストラ サーカス ストリート アベニュー",
    "アレー スクエア プラザ ガーデン ブリッジ アイランド サウンド セブン ラボ インダストリーズ",
    "アカデミー ユニオン カレッジ スクール ユニバーシティ インスティテュート ソサエティ ホスピタル",
    "チャーチ カテドラル アリーナ ドーム ステーション エアポート ビルディング マーケット ストア ショップ",
    "レストラン ギャラリー ミュージアム ライブラリー ファクトリー キャッスル パレス タウン ビレッジ",
    "インターナショナル ジャパン テクノロジー テクノロジーズ ソリューションズ ネットワーク ネットワークス",
    "コミュニケーションズ エンタープライズ パートナーズ キャピタル ファンド トラスト バンク ファイナンス",
    "エアライン エアラインズ エアウェイズ マガジン タイムズ ジャーナル テレビ ラジオ チャンネル",
    "グランプリ トロフィー チャンピオンシップ ツアー アワーズ ブランド フーズ ラボラトリーズ",
    "プロジェクト プログラム シリーズ フェア エキスポ マラソン レース ステークス ダービー ボウル",
    "クラシック ランド ヒルズ タワーズ ファーム ワークス テック ソフトウェア エレクトロニクス モーター",
    "エナジー スチール ケミカル ファーマ ビバレッジ ブルワリー ワイナリー カフェ ラウンジ ロッジ ビーチ",
    "ハーバー テラス ヴィレッジ カウンティ リパブリック キングダム エンパイア アーミー ネイビー フォーラム",
    "サミット コングレス カンファレンス シンポジウム アライアンス ファウンデーション インスティチュート",
    "カウンシル コミッション エージェンシー デパートメント ガゼット トリビューン ヘラルド クロニクル",
    "ウィークリー デイリー プレス パブリッシング ブックス エディション エクスプレス ハイウェイ トンネル",
    "キャニオン フォールズ マウンテン",
)
# Abbreviations glued to the name of a sports club (FCベルモン, ASエミリー, AC北浦ヴァロワ, 北浦青雲FC);
# a player's position (GKパク・ソンミン, MF北浦) is not one of them.
_CLUB_ABBREVIATIONS = _words("FC AC AS SC CF CD SV SK FK EC RC CA SE UD SD KV AFC BK IF IK FF SS US")
# Administrative units: a name glued after one is a place inside it.
_PLACE_UNITS = ("州", "県", "市", "町", "村", "区", "郡", "省", "都", "府", "道")
_LATIN_COMPANY_FORMS = _words("GmbH AG Inc Ltd LLC Corp SA SpA plc")
_COMPANY_FORMS = _words(
    "株式会社 有限会社 合同会社 合資会社 合名会社 (株) （株） ㈱ (有) （有） ㈲",
)
# Kanji that follow a surname without being a given name.
_NOT_GIVEN = _words(
    "等 達 ら 家 氏 君 様 殿 自身 本人 一族 夫人 一家 邸 派 流 側 一人",
)

# Chinese and Korean one-character surnames, which the analyser reads as common nouns (金, 林, 王).
_SINGLE_KANJI_SURNAMES = frozenset("金李朴崔鄭姜趙尹張林王楊陳劉黄呉周徐孫朱胡郭何羅梁謝宋唐許韓馬申洪権")
# One-kanji surnames that open a three-kanji Chinese or Korean full name (呉廷昌, 朴成浩).
_CHINESE_SURNAMES = _SINGLE_KANJI_SURNAMES | frozenset(
    "伍兪夏蔣汪鄧曹袁蔡潘范彭董葉蘇呂魏沈姚盧傅鍾譚廖閻熊孔邵顧侯邱薛蕭卓"
)

_LABEL = re.compile(
    r"(?:氏名|氏[ \u3000]{1,4}名|お名前|名前|姓名|担当者|担当|ご担当|契約者|申込者|申請者|名義人|名義|"
    r"宛名|代表者|保護者|受取人|"
    r"差出人|記入者|患者名|被保険者氏名|オペレーター|オペレータ|対応者|応対者|対応|確認者|作成者|報告者|聴取者|"
    r"受付者|相談員|面接者|担当相談員|担当講師|講師|担当医|担当歯科医|担当薬剤師|受けた人|Name|NAME|name|"
    # family listed as 長男：誠（9）, only before a colon
    r"(?:長男|長女|次男|次女|三男|三女|妻|夫|父|母|祖父|祖母|孫|配偶者|兄|姉|弟|妹|息子|娘)(?=\s*[:：]))"
    r"(?:\s*[（(][^）)\n]{0,8}[）)])?(?:\s*[:：][ \u3000]*|[ \u3000\t]+)"
)
# A department before a labelled name (ご担当：総務部 佐藤様) is not part of it.
_DEPARTMENT_ENDS = ("部", "課", "係", "室", "局", "班", "グループ", "チーム", "センター", "支店", "営業所")
# What a form's sample writes for a reading (氏名：〇〇 〇〇（フリガナ：マル マル）).
_SAMPLE_READINGS = frozenset({"マル マル", "マルマル", "まる まる", "まるまる", "マル", "まる"})
_READING_LABEL = re.compile(
    r"(?:フリガナ|ふりがな|カナ|よみがな)(?:\s*[:：】][ \u3000]*|[ \u3000\t]+|[ \u3000]*\r?\n[ \u3000]*)"
)
# a reading in katakana, or in hiragana as a résumé writes it (ふりがな　いしい　ゆうと)
_KANA_NAME = re.compile(
    r"[\u30a1-\u30fa\u30fc]{1,10}(?:[ \u3000・･=＝][\u30a1-\u30fa\u30fc]{1,10}){0,3}"
    r"|[\u3041-\u3096\u30fc]{1,10}(?:[ \u3000][\u3041-\u3096\u30fc]{1,10})?(?=[ \u3000]*(?:\r?\n|$))"
)
_KANA = "\u30a1-\u30fa\u30fc\u3041-\u3096"
_BRACKET_READING = re.compile(
    rf"[（(][ \u3000]*([{_KANA}]{{1,10}}(?:[ \u3000][{_KANA}]{{1,10}})?)[ \u3000]*[）)]"
)
# SATO Taro, Taro Sato, and as an airline or a passport list writes them: SATO/TARO
_ROMAJI = re.compile(r"\b([A-Z][a-z]{1,14}|[A-Z]{2,15})(?:[ \u3000]+|/)([A-Z][a-z]{1,14}|[A-Z]{2,15})\b")
_KANJI = re.compile(r"[\u4e00-\u9fff々〆ヶ]+")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]+")
# A katakana word the dictionary holds with its own dot (ド・ゴール).
_DOTTED_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:・[\u30a1-\u30fa\u30fc]+)*")
_HIRAGANA = re.compile(r"[\u3041-\u3096ー]+")
_LATIN_INITIAL = re.compile(r"[A-Z]\.?")
_REGNAL = re.compile(r"[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}")
_MAX_CELL = 40
# A short quotation without a comma or a full stop is a title: a work, a product, a band (「名探偵ハモンド」);
# titles of shows often carry ! or ? (「森田一郎のラジオ!」), quoted speech rarely lacks a comma.
_TITLE = re.compile(r"「([^「」、。，\n]{1,25})」")

# The head of a predicate that says what person the subject is (…は、日本の陶芸家。): occupations and
# words for a person. Kanji heads are also read by their last kanji (作家, 学者, 選手, 俳優, 弁護士 …).
_PERSON_HEADS = _words(
    "女性 男性 人物 女優 アナウンサー パーソナリティ タレント プロデューサー ディレクター ジャーナリスト",
    "レスラー プロレスラー モデル アイドル ミュージシャン シンガーソングライター シンガー アーティスト",
    "ピアニスト ギタリスト ドラマー ボーカリスト デザイナー イラストレーター コメディアン キャスター",
    "パイロット メンバー ライター ボーカル ヴォーカル ギター ベース ドラム キーボード",
    "ソリスト ダンサー ラッパー ベーシスト キーボーディスト ヴォーカリスト マネージャー エージェント",
    "トレーナー スタイリスト カメラマン コラムニスト エッセイスト アナリスト エコノミスト コンサルタント",
    "エンジニア プログラマー オーナー アシスタント キャプテン ルーキー パートナー フィアンセ シェフ",
    "プレーヤー プレイヤー アーティスト クリエイター ストライカー ゴールキーパー スター",
)
# Katakana words for a person built on one of the heads above (ジャズピアニスト, ソロアーティスト).
_KATAKANA_PERSON_HEADS = tuple(w for w in _PERSON_HEADS if _KATAKANA.fullmatch(w) and len(w) >= 4)
_PERSON_HEAD_ENDS = (
    "家",
    "者",
    "手",
    "員",
    "士",
    "師",
    "優",
    "人",
    "将",
    "僧",
    "侶",
    "王",
    "皇",
    "主",
    "卿",
    "官",
    "帝",
    "妃",
    "姫",
)
# Nouns built like person nouns that are not (国家 is a state, 一家 a household).
_NOT_PERSON_NOUNS = _words("国家 一家 人家 王家 本家 実家 分家 民家 武家 公家 宗家 旧家 手 人")
_COPULA = _words("で ある だ だっ です あっ た でし")
# Last kanji of offices and ranks (外務大臣, 総務局長, 副総統, 検事, 委員, 警察長), and words ending so that
# are none.
_OFFICE_ENDS = ("長", "官", "臣", "統", "事", "員", "将", "佐", "尉", "帥", "督", "裁", "監", "卿")
_NOT_OFFICES = _words("工事 行事 記事 事 人事 成長 延長 助長 伝統 系統 血統 正統 動員 定員 満員 全員")

T = EntityType.PERSON


def _finding(start: int, end: int, score: float, *reasons: str) -> Finding:
    return Finding(start, end, T, min(score, 0.99), reasons)


class NameRecognizer:
    name = "names"
    types = frozenset({T})

    def find(self, segment: Segment) -> Iterator[Finding]:
        meaning = column_meaning(segment.column)
        text = segment.text
        stripped = text.strip()
        if meaning is not None and 0 < len(stripped) <= _MAX_CELL:
            if meaning.excludes_names:
                return
            if meaning.kind in (ColumnKind.PERSON, ColumnKind.PERSON_READING) and _cell_is_name(stripped):
                start = text.index(stripped)
                yield _finding(start, start + len(stripped), 0.95, f"column:{segment.column}")
                return
        found: list[Finding] = []
        tokens = tokenize(text) if has_japanese(text) else []
        lex = lexicon()
        if tokens:
            found.extend(_token_names(tokens, lex))
            found.extend(_labelled(segment, tokens, lex))
            found.extend(_defined(tokens, lex))
            found.extend(_apposed(tokens, lex))
            found.extend(_western(tokens))
        found.extend(_romaji(segment.shadow, lex))
        if "「" in text:
            found = _in_titles(text, found)
        found = _outside_enumerations(tokens, found)
        found = _not_defined_as_person(tokens, found)
        found = _not_said_of_person(tokens, found)
        found.extend(_coordinated(tokens, found, lex))
        found.extend(_counted(tokens, found))
        found.extend(_readings(text, found))
        spread = list(_propagate(tokens, found))
        if "「" in text:
            spread = _in_titles(text, spread)  # 「青柳紗季<星屑の回廊>」 quotes a band, not the person again
        yield from (
            f
            for f in [*found, *spread]
            if not _era_or_sample(text[f.start : f.end]) and not text.startswith(_FAMILY_PLACE, f.end)
        )


def _spoken_of(text: str, end: int, title_end: int) -> bool:
    """A name with an honorific of speech, with more words after it inside the quotation."""
    honorific = next((h for h in _SPOKEN_HONORIFICS if text.startswith(h, end)), None)
    return honorific is not None and end + len(honorific) < title_end


def _era_or_sample(value: str) -> bool:
    return value in _ERAS or value.replace("\u3000", " ") in _SAMPLE_READINGS


# A family's cemetery or grave: 山崎家霊園, 佐藤家之墓
_FAMILY_PLACE = ("家霊園", "家墓所", "家之墓", "家の墓", "家墓地", "霊園")


def _in_titles(text: str, found: list[Finding]) -> list[Finding]:
    """Names inside a title are characters, brands or bands (「レオナルド三世」, 「星屑の回廊」).

    A title that is only a kanji full name quotes the person (「青柳紗季」は…) and keeps it; any other name
    filling a title is dropped, and one inside a longer title needs a title or an honorific to stay.
    """
    titles = [(m.start(1), m.end(1)) for m in _TITLE.finditer(text)]
    if not titles:
        return found
    kept: list[Finding] = []
    for f in found:
        title = next(((s, e) for s, e in titles if s <= f.start and f.end <= e), None)
        if title is None:
            kept.append(f)
        elif _spoken_of(text, f.end, title[1]):
            kept.append(f)  # 「近藤さんは通院らしい」 is speech: no title calls its hero さん
        elif title == (f.start, f.end):
            if _KANJI.fullmatch(text[f.start : f.end]) and f.end - f.start >= 3:
                kept.append(f)
        else:
            kept.append(_finding(f.start, f.end, f.score - 0.4, *f.reasons, "in-title"))
    return kept


# Heads of an enumeration whose items are firms, groups or places (Xなどの企業, Y、Zといった大手企業).
_GROUP_HEAD_ENDS = tuple(
    _words(
        "企業 会社 メーカー ブランド 銀行 団体 球団 クラブ チーム バンド グループ 社 店 国 都市 地域 山 島 駅"
        " 政党 党 組織 機関 大学 学校 病院 新聞 雑誌 番組 映画 楽曲 アルバム 製品 商品 ゲーム 艦 船 レーベル"
    )
)


def _outside_enumerations(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """Drop names inside an enumeration that its head calls firms or places (`ベネット、ハモンドなどの企業`,
    `ベネット、ハモンド、カーターといった大手企業`): Sudachi tags many brand names as persons.
    """
    spans = [
        span
        for k, t in enumerate(tokens)
        if t.surface in ("など", "等", "と") and (span := _group_list(tokens, k))
    ]
    if not spans:
        return found
    return [f for f in found if not any(s <= f.start and f.end <= e for s, e in spans)]


def _group_list(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """Span of the items before tokens[k] (など, 等, or the と of といった) when a group head follows."""
    m = k + 1
    if tokens[k].surface == "と":
        if m + 1 >= len(tokens) or tokens[m].surface != "いっ" or tokens[m + 1].surface != "た":
            return None
        m += 2
    elif m < len(tokens) and tokens[m].surface == "の":
        m += 1
    if m >= len(tokens) or not tokens[m].surface.endswith(_GROUP_HEAD_ENDS):
        return None
    if m + 2 < len(tokens) and tokens[m + 1].surface == "の" and _person_noun(tokens[m + 2]):
        return None  # ジョンとポールといったバンドのメンバー: the items are its members
    first = k
    while first > 0 and (
        tokens[first - 1].surface in _LIST_SEPARATORS
        or tokens[first - 1].surface in _DOTS
        or tokens[first - 1].kind not in (Kind.PARTICLE, Kind.SYMBOL, Kind.OTHER)
    ):
        first -= 1
    return (tokens[first].start, tokens[k - 1].end) if first < k else None


def _defined(tokens: list[Token], lex: NameLexicon) -> Iterator[Finding]:
    """The subject of a sentence that says what person it is: `青柳紗季は、日本の陶芸家。`, `Xは医師だった。`.

    The subject opens the sentence, reads as a name (a word the analyser tags as one, a known kanji given
    name at its end, or one unknown or katakana word), and the predicate ends on an occupation or a word
    for a person.
    """
    n = len(tokens)
    k = 0
    while k < n:
        m = k
        while m < n and m - k < 5 and tokens[m].kind not in (Kind.PARTICLE, Kind.SYMBOL, Kind.SPACE):
            m += 1
        if (
            k < m < n - 1
            and tokens[m].surface == "は"
            and _subject_is_name(tokens[k:m], lex)
            and _person_predicate(tokens, m + 1)
        ):
            yield _finding(tokens[k].start, tokens[m - 1].end, 0.85, "defined")
        k = _next_sentence(tokens, k)


def _apposed(tokens: list[Token], lex: NameLexicon) -> Iterator[Finding]:
    """A name set after a word for a person with a ・ (父・与三郎, 歌手・もみじさくら, 同僚・糸満).

    The name is the whole word up to the next particle or symbol; it must read as one: a token the analyser
    tags as a name, a known surname, an unknown word, or a run of hiragana the analyser cut as nouns.
    """
    n = len(tokens)
    for k in range(1, n - 1):
        if tokens[k].surface != "・" or not _person_word_before(tokens, k - 1):
            continue
        first = k + 1
        last = first
        while last + 1 < n and tokens[last + 1].start == tokens[last].end and last - first < 3:
            if tokens[last + 1].kind in (Kind.PARTICLE, Kind.SYMBOL, Kind.SPACE):
                break
            last += 1
        after = tokens[last + 1] if last + 1 < n else None
        if (
            after is not None
            and after.start == tokens[last].end
            and after.kind not in (Kind.PARTICLE, Kind.SYMBOL)
        ):
            continue
        if after is not None and after.surface in _DOTS:
            continue  # 監督・脚本・主演: a list of roles
        words = tokens[first : last + 1]
        if _apposed_name(words, lex):
            yield _finding(words[0].start, words[-1].end, 0.75, "apposed")


def _person_word_before(tokens: list[Token], k: int) -> bool:
    tok = tokens[k]
    return _person_noun(tok) or tok.surface in _STRONG_HONORIFICS or _office_suffix(tokens, k)


def _apposed_name(words: list[Token], lex: NameLexicon) -> bool:
    surface = "".join(t.surface for t in words)
    last = words[-1]
    if len(surface) > 10 or _personal_word(last) or last.surface in _NOT_GIVEN or last.kind is Kind.SUFFIX:
        return False
    if len(words) == 1:
        # a lone kanji word the analyser reads as a place is a surname here (同僚・糸満)
        tok = words[0]
        script = _script(tok.surface)
        return (
            tok.kind in _NAMEISH
            or (tok.oov and script in ("kanji", "katakana"))
            or (
                script == "kanji"
                and len(tok.surface) >= 2
                and (tok.kind is Kind.PLACE or tok.surface in lex.surnames)
            )
        )
    if any(t.kind in (Kind.PLACE, Kind.PROPER) and t.surface not in lex.surnames for t in words):
        return False
    if any(t.kind in _NAMEISH and not t.surface.isascii() for t in words):
        return True
    return _script(surface) == "hiragana" and len(surface) >= 3 and all(t.kind is Kind.NOUN for t in words)


def _not_defined_as_person(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """Drop the subject of a sentence that defines it as a thing (`ロベルトは、イタリア海軍の駆逐艦。`).

    The analyser tags ships, firms and shops named after people as names; a definition that ends on a noun
    and holds no word for a person says the subject is not one.
    """
    subjects: set[tuple[int, int]] = set()
    n = len(tokens)
    k = 0
    while k < n:
        m = k
        while m < n and tokens[m].surface not in ("は", "。", "\n", "、"):
            m += 1
        if (
            k < m < n - 1
            and tokens[m].surface == "は"
            and tokens[m + 1].surface == "、"
            and _thing_predicate(tokens, m + 2)
        ):
            subjects.add((tokens[k].start, tokens[m - 1].end))
        k = _next_sentence(tokens, k)
    if not subjects:
        return found
    return [f for f in found if (f.start, f.end) not in subjects]


# What is said of a place, a firm or a club and not of a person, by the particle after the word: one
# belongs to it, it hosts events, it is bought, it has a capital or shares (Xに所属, Xで開催, Xの首都).
_NOT_PERSONAL_AFTER = {
    "に": _words(
        "所属 在籍 位置 本社 本拠 進出 侵攻 遠征 寄港 上陸 出店 留学 進学 移住 在住 居住 滞在 亡命 設置 建設",
        "建立 開業 開設 開店 開校 移転 停車 乗船 乗艦 配属 入港 出資 編入 合併 上場",
    ),
    "で": _words(
        "開催 上演 撮影 勤務 育ち 生まれ 行われ 開か 放送 放映 上映 製造 生産 建造 就航 運航 営業 開業"
    ),
    "を": _words(
        "買収 設立 創業 創設 占領 包囲 経由 脱退 退団 退社 卒業 本拠 本拠地 拠点 運営 運行 経営 製造 生産",
        "建造 就航 出港 出航 寄港 通過 横断 縦断 併合 上場",
    ),
    "の": _words(
        "首都 本拠地 郊外 北部 南部 東部 西部 北西 北東 南西 南東 株 株式 傘下 製品 住民 市長 知事 国民 市民",
        "港 駅 空港 領土 中心部 市街 市街地 沿岸 沖 近郊 人口 面積 気候 海軍 陸軍 空軍 ブランド ロゴ",
        "本社 支社 支店 子会社 親会社 社員 従業員 株主 本店",
    ),
    "から": _words("発売 独立 輸入 撤退 出港 出航 離陸 発車 分社"),
    "へ": _words("進出 侵攻 遠征 留学 亡命 移住 移転 寄港 入港"),
}


def _not_said_of_person(tokens: list[Token], found: list[Finding]) -> list[Finding]:
    """Drop findings that the words after them call a place, a firm or a club (`ジョンソンに所属`)."""
    if not found:
        return found
    by_start = {t.start: k for k, t in enumerate(tokens)}
    kept: list[Finding] = []
    for f in found:
        k = by_start.get(f.end)
        if k is not None and k + 1 < len(tokens):
            words = _NOT_PERSONAL_AFTER.get(tokens[k].surface)
            if words is not None and tokens[k + 1].surface in words:
                continue
        kept.append(f)
    return kept


def _thing_predicate(tokens: list[Token], k: int) -> bool:
    """Whether the sentence from tokens[k] ends on a noun phrase `…のN` (before any copula) naming no person.

    The の keeps out sentences that end on what the subject did (…に移籍。, …を発表。).
    """
    end = _next_sentence(tokens, k) - 1
    if end >= len(tokens) or tokens[end].surface != "。":
        return False
    while end > k and tokens[end - 1].surface in _COPULA:
        end -= 1
    m = end - 1
    while (
        m > k
        and tokens[m].kind in (Kind.NOUN, Kind.SUFFIX)
        and _script(tokens[m].surface) in ("kanji", "katakana")
        and tokens[m - 1].end == tokens[m].start
    ):
        m -= 1
    if m <= k or m == end - 1 or tokens[m].surface != "の":
        return False
    return not any(_personal_word(t) for t in tokens[k:end])


def _personal_word(tok: Token) -> bool:
    """A word that says a person: an occupation, a kinship word, a title or an office."""
    surface = tok.surface
    if _person_noun(tok) or surface in HONORIFICS or surface.endswith(_PERSON_HEAD_ENDS):
        return True
    return _script(surface) == "kanji" and surface.endswith(_OFFICE_ENDS)


def _next_sentence(tokens: list[Token], k: int) -> int:
    while k < len(tokens) and tokens[k].surface not in ("。", "\n"):
        k += 1
    return k + 1


def _subject_is_name(words: list[Token], lex: NameLexicon) -> bool:
    surface = "".join(t.surface for t in words)
    if not 2 <= len(surface) <= 12 or any(b.start != a.end for a, b in pairwise(words)):
        return False
    if any(t.kind in (Kind.PLACE, Kind.PROPER, Kind.OTHER, Kind.SUFFIX) for t in words):
        return False
    if len(words) == 1:
        tok = words[0]
        return (
            tok.oov or tok.kind in _NAMEISH or (tok.kind is Kind.NOUN and _script(tok.surface) == "katakana")
        )
    return any(t.kind in _NAMEISH for t in words) or (
        _script(surface) == "kanji" and words[-1].surface in lex.given
    )


def _person_predicate(tokens: list[Token], k: int) -> bool:
    """Whether the sentence from tokens[k] ends on a person noun, before an optional copula."""
    end = _next_sentence(tokens, k) - 1
    if end >= len(tokens) or tokens[end].surface != "。":
        return False
    while end > k and tokens[end - 1].surface in _COPULA:
        end -= 1
    if end <= k:
        return False
    head = tokens[end - 1]
    if head.surface in _PERSON_HEADS:
        return True
    return head.kind in (Kind.NOUN, Kind.SUFFIX) and head.surface.endswith(_PERSON_HEAD_ENDS)


def _cell_is_name(value: str) -> bool:
    return not any(c.isdigit() or c in "@/:" for c in value)


# Scripts of the surfaces seen, asked of most tokens several times; emptied when full, so that a long scan
# of ever new words (numbers, codes) keeps its memory flat.
_SCRIPTS: dict[str, str] = {}
_SCRIPTS_MAX = 50_000


def _script(surface: str) -> str:
    script = _SCRIPTS.get(surface)
    if script is None:
        if _KANJI.fullmatch(surface):
            script = "kanji"
        elif _KATAKANA.fullmatch(surface):
            script = "katakana"
        elif _HIRAGANA.fullmatch(surface):
            script = "hiragana"
        else:
            script = "other"
        if len(_SCRIPTS) >= _SCRIPTS_MAX:
            _SCRIPTS.clear()
        _SCRIPTS[surface] = script
    return script


def _given_guess(tok: Token, lex: NameLexicon) -> bool:
    """Whether a kanji token after a surname reads as the given name the analyser did not tag."""
    if tok.surface in _NOT_GIVEN or tok.surface in HONORIFICS or tok.surface in _ORG_WORDS:
        return False
    if len(tok.surface) > 3:
        return False
    if _script(tok.surface) != "kanji":
        return False
    return tok.oov or tok.surface in lex.given


def _token_names(tokens: list[Token], lex: NameLexicon) -> Iterator[Finding]:
    n = len(tokens)
    i = 0
    while i < n:
        if not _may_name(tokens, i, lex):
            i += 1
            continue
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < n else None
        starts_name = (
            (tok.kind in _NAMEISH and not tok.surface.isascii())
            or _surname_before_given(tokens, i, lex)
            or _spaced_given(tokens, i, lex)
            or (_KATAKANA.fullmatch(tok.surface) is not None and _initials_before(tokens, i) < i)
            or (
                nxt is not None
                and nxt.surface in _DOTS
                and _KATAKANA.fullmatch(tok.surface) is not None
                and _dot_chain_end(tokens, i) > i
            )
        )
        split = _split_full_name(tokens, i, lex) or _chinese_full_name(tokens, i)
        if split is not None:
            finding = _judge(tokens, i, split, lex)
            if finding is not None:
                yield finding
            i = split + 1
            continue
        if starts_name:
            pass
        elif nxt is not None and nxt.start == tok.end and nxt.surface in _PERSONAL_HONORIFICS:
            if _honorific_only_name(tok, lex):
                yield _finding(tok.start, tok.end, 0.8, "honorific:" + nxt.surface)
            i += 1
            continue
        elif nxt is not None and nxt.start == tok.end and (title := _titled_name(tokens, i, lex)):
            yield _finding(tok.start, tok.end, 0.8, "title:" + title)
            i += 1
            continue
        elif (
            _introduced(tokens, i)
            and not (nxt is not None and nxt.start == tok.end and _firm_word(nxt))
            and (
                _unknown_word(tok, lex)
                or _kana_given_after_kin(tokens, i, lex)
                or _katakana_after_kin(tokens, i)
            )
        ):
            yield _finding(tok.start, tok.end, 0.7, "introduced")
            i += 1
            continue
        elif (pattern := _sentence_pattern(tokens, i, lex)) is not None:
            last, score, reason = pattern
            yield _finding(tok.start, tokens[last].end, score, reason)
            i = last + 1
            continue
        else:
            i += 1
            continue
        i, j = _widen(tokens, i, _extend(tokens, i, lex))
        finding = _judge(tokens, i, j, lex)
        if finding is not None:
            yield finding
        i = j + 1


def _may_name(tokens: list[Token], i: int, lex: NameLexicon) -> bool:
    """Whether any rule of `_token_names` can read a name from tokens[i]: a cheap first pass that most
    tokens (particles, common kanji and kana words, numbers, codes) fail, so that only the few candidates
    run the rules. Each test below is a condition one of the rules requires:

    - a word the analyser tags as a name (the ordinary path);
    - a known or a Chinese surname (full names cut apart, `_unknown_word`, `_possessor`, `_surname_subject`);
    - katakana (dotted chains, initials, and every rule that reads a word the analyser does not know:
      unknown kanji or Latin words open no name by themselves);
    - a space, a given name or a personal honorific next (`_spaced_given`, `_surname_before_given`, 様);
    - hiragana after a kinship or occupation word (`_kana_given_after_kin`).
    """
    tok = tokens[i]
    surface = tok.surface
    if tok.kind in _NAMEISH or surface in lex.surnames or surface in _CHINESE_SURNAMES:
        return True
    script = _script(surface)
    if script == "katakana":
        return True
    if i + 1 < len(tokens):
        nxt = tokens[i + 1]
        if nxt.surface in (" ", "\u3000"):
            return True
        if nxt.start == tok.end and (nxt.kind is Kind.GIVEN or nxt.surface in _PERSONAL_HONORIFICS):
            return True
    return script == "hiragana" and i > 0 and tokens[i - 1].surface in _ROLE_WORDS


_PATTERN_PARTICLES = frozenset({"の", "ら", "に", "と", "を", "は", "が", "も"})


def _sentence_pattern(tokens: list[Token], i: int, lex: NameLexicon) -> tuple[int, float, str] | None:
    """A name known only from the sentence around token `i`: (its last token, score, reason), or None.
    The patterns are tried strongest first."""
    if i + 1 >= len(tokens):
        return None
    nxt = tokens[i + 1].surface
    if nxt not in _PATTERN_PARTICLES and _REGNAL.fullmatch(nxt) is None:
        return None  # every pattern reads a particle or a regnal number right after the word
    if _possessor(tokens, i, lex):
        return i, 0.6, "possessor"
    for pattern, reason in (
        (_unknown_plural, "plural"),
        (_unknown_agent, "agent"),
        (_unknown_partner, "partner"),
        (_unknown_object, "object"),
    ):
        if pattern(tokens, i):
            return i, 0.6, reason
    if _unknown_regnal(tokens, i):
        return i + 2, 0.7, "regnal"  # the name and its regnal number (X + 2 + 世)
    if _unknown_subject(tokens, i) or _surname_subject(tokens, i, lex) or _acting_subject(tokens, i):
        return i, 0.55, "subject"
    return None


def _acting_subject(tokens: list[Token], i: int) -> bool:
    """A katakana common noun opening a clause as the subject of what only a person does: `…、ローレルは
    …と述べた`. Western names are often English words the analyser knows as nouns (rose, hope, young).
    """
    tok = tokens[i]
    if tok.kind is not Kind.NOUN or tok.oov or len(tok.surface) < 2 or not _KATAKANA.fullmatch(tok.surface):
        return False
    if _person_noun(tok) or i + 1 >= len(tokens) or tokens[i + 1].surface not in ("は", "が", "も"):
        return False
    if i > 0 and tokens[i - 1].surface not in ("、", "。", "\n") and not _after_time(tokens, i):
        return False
    return _personal_act(tokens, i + 2)


def _surname_subject(tokens: list[Token], i: int, lex: NameLexicon) -> bool:
    """A known surname the analyser reads as a common noun or a place, alone as the subject opening a
    clause (`…大会では根本が優勝`, `1932年、浜名は`): a bare noun there is rarely a common word.
    """
    tok = tokens[i]
    if tok.kind not in (Kind.NOUN, Kind.PLACE) or tok.surface not in lex.surnames or len(tok.surface) < 2:
        return False
    if _script(tok.surface) != "kanji" or i + 1 >= len(tokens) or tokens[i + 1].surface not in ("は", "が"):
        return False
    if i == 0 or tokens[i - 1].surface in ("、", "。", "\n") or _after_time(tokens, i):
        return True
    return tokens[i - 1].surface == "は" and i > 1 and tokens[i - 2].surface in ("で", "に")


def _split_full_name(tokens: list[Token], i: int, lex: NameLexicon) -> int | None:
    """End of a kanji full name the analyser cut as other words (能登 + 竜 + 樹, 坂巻 + 真理), or None.

    The whole kanji run must be a known surname followed by a known given name of one to three kanji, or
    by one or two kanji of which one is unknown to the analyser.
    """
    tok = tokens[i]
    if tok.kind is Kind.SURNAME and i + 1 < len(tokens) and tokens[i + 1].kind is Kind.GIVEN:
        return None  # the ordinary path reads it
    if _script(tok.surface) != "kanji" or not (tok.surface in lex.surnames or tok.kind is Kind.SURNAME):
        return None
    prev = tokens[i - 1] if i > 0 and tokens[i - 1].end == tok.start else None
    if prev is not None and _script(prev.surface) == "kanji" and not _introducer(prev):
        return None
    given = ""
    for j in range(i + 1, min(i + 3, len(tokens))):
        part = tokens[j]
        if part.start != tokens[j - 1].end or _script(part.surface) != "kanji":
            return None
        if j == i + 1 and part.kind is Kind.SUFFIX:
            return None
        if part.surface in HONORIFICS or part.surface in _ORG_WORDS or part.surface in _NOT_GIVEN:
            return None
        given += part.surface
        if len(given) > 3:
            return None
        after = tokens[j + 1] if j + 1 < len(tokens) and tokens[j + 1].start == part.end else None
        run_ends = after is None or _script(after.surface) != "kanji" or after.surface in HONORIFICS
        if run_ends and given in lex.given and (j > i + 1 or part.kind is not Kind.GIVEN):
            return j
        if run_ends and len(given) <= 2 and any(t.oov for t in tokens[i + 1 : j + 1]):
            return j  # 徳山 + 璉, 平田 + 玉 + 蘊: a kanji the dictionary lacks is a rare name kanji
    return None


def _firm_word(tok: Token) -> bool:
    return tok.surface in _ORG_WORDS or tok.surface in _COMPANY_FORMS or tok.surface in _LATIN_COMPANY_FORMS


def _introducer(tok: Token) -> bool:
    return tok.surface in _ROLE_WORDS or tok.surface in HONORIFICS


def _introduced(tokens: list[Token], i: int) -> bool:
    """Whether a kinship or occupation word comes right before tokens[i] (長女あかね, 作者の坂巻)."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    if prev.end == tokens[i].start and _person_noun(prev):
        return True
    return i > 1 and prev.surface == "の" and (_person_noun(tokens[i - 2]) or _office_suffix(tokens, i - 2))


def _office_suffix(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is the suffix of a head of an office glued to its noun (証券局 + 長, 営業部 + 長)."""
    tok = tokens[k]
    return (
        k > 0
        and tok.kind is Kind.SUFFIX
        and tok.surface in ("長", "官")
        and tokens[k - 1].end == tok.start
        and _script(tokens[k - 1].surface) == "kanji"
    )


def _person_noun(tok: Token) -> bool:
    """A word for a kind of person: kinship, occupation, or a noun built like one (専門家, 小売業者)."""
    return _person_surface(tok.surface, tok.kind is Kind.NOUN)


@lru_cache(maxsize=8192)
def _person_surface(surface: str, noun: bool) -> bool:
    # asked of almost every token, so answered once per word
    if surface in _ROLE_WORDS or surface in _PERSON_HEADS:
        return True
    if _KATAKANA.fullmatch(surface):
        return surface.endswith(_KATAKANA_PERSON_HEADS)
    return (
        noun
        and len(surface) >= 2
        and _script(surface) == "kanji"
        and surface.endswith(_PERSON_HEAD_ENDS)
        and surface not in _NOT_PERSON_NOUNS
    )


def _kana_given_after_kin(tokens: list[Token], i: int, lex: NameLexicon) -> bool:
    """A given name in hiragana glued to a kinship or occupation word (長女あかね)."""
    tok, prev = tokens[i], tokens[i - 1]
    if prev.end != tok.start or prev.surface not in _ROLE_WORDS or _script(tok.surface) != "hiragana":
        return False
    return len(tok.surface) >= 2 and tok.kind is Kind.NOUN and to_katakana(tok.surface) in lex.given_kana


def _katakana_after_kin(tokens: list[Token], i: int) -> bool:
    """A katakana word, known to the analyser or not, glued after a kinship word (母ミリー)."""
    tok, prev = tokens[i], tokens[i - 1]
    if prev.end != tok.start or prev.surface not in _KIN_WORDS or not _KATAKANA.fullmatch(tok.surface):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].start == tok.end else None
    return len(tok.surface) >= 2 and (nxt is None or nxt.kind in (Kind.PARTICLE, Kind.SYMBOL))


def _unknown_word(tok: Token, lex: NameLexicon) -> bool:
    """A word the analyser does not know as a common one: unknown katakana, or a kanji surname or place."""
    script = _script(tok.surface)
    if script == "katakana":
        return len(tok.surface) >= 2 and (tok.oov or tok.kind in (Kind.PROPER, Kind.PLACE))
    if script == "kanji":
        return tok.surface in lex.surnames and len(tok.surface) >= 2
    return False


# Nouns whose possessor is a person: kin, disciples, and what only a person has or does (Xの妻, Xの自伝).
_PERSONAL_RELATIONS = _words(
    "妻 夫 息子 娘 父 母 兄 弟 姉 妹 弟子 師匠 長男 次男 三男 長女 次女 孫 祖父 祖母 叔父 叔母 妻子 遺族",
    "主張 発言 死去 死後 生涯 自伝 著書 作品 監督 提案 加入 移籍 葬儀 伝記 晩年 没後 生前 側近 後継者 愛人",
    "命令 小説 命 出産 胸像 肖像 本名 愛称 あだ名 教え子 後任 前任 進言 提言 回想 遺言 遺体 墓 演説 行動",
    "就任 辞任 退任 引退 暗殺 誕生 家族 子 子孫 業績",
    "友人 親友 恩師 部下 上司 秘書 夫人 未亡人 婚約者 恋人 甥 姪 両親 末裔 遺作 処女作 代表作 遺稿 日記",
    "書簡 回顧録 自叙伝 半生 幼少期 少年時代 現役時代 在任中 思想 学説 采配 演技 証言 供述 逮捕 死因 訃報",
    "肖像画 銅像 門下 門下生 母親 父親 配偶者 生家 旧宅 旧居 命日 戒名 諱 筆名 芸名 旧姓 遺志 遺品 遺骨 墓所",
    "生い立ち 病死 戦死 即位 退位 治世 養子 養女 嫡男 嫡子 従兄 従弟 従姉 従妹 義父 義母 継母 継父",
)


def _possessor(tokens: list[Token], i: int, lex: NameLexicon) -> bool:
    """A word the analyser does not tag as a name, owning a personal noun: `ベルガミンの主張`, `森岡の監督`.

    Unknown katakana words and known surnames only: a common word owns such nouns too (会社の主張).
    """
    if (
        i + 2 >= len(tokens)
        or tokens[i + 1].surface != "の"
        or tokens[i + 2].surface not in _PERSONAL_RELATIONS
    ):
        return False
    tok = tokens[i]
    if i > 0 and tokens[i - 1].end == tok.start and tokens[i - 1].kind not in (Kind.SYMBOL, Kind.PARTICLE):
        return False
    script = _script(tok.surface)
    if script == "katakana":
        return len(tok.surface) >= 3 and tok.oov
    return script == "kanji" and len(tok.surface) >= 2 and tok.surface in lex.surnames


def _unknown_agent(tokens: list[Token], i: int) -> bool:
    """An unknown katakana word as the source or agent of what is said or done: `ミルデンによれば`,
    `Xによると`, `Xによって作られた`. Known words take these too (報道によると), unknown ones are names.
    """
    tok = tokens[i]
    if not tok.oov or len(tok.surface) < 3 or not _KATAKANA.fullmatch(tok.surface):
        return False
    if (
        i + 2 >= len(tokens)
        or tokens[i + 1].surface != "に"
        or tokens[i + 2].surface not in ("よれ", "よる", "よっ")
    ):
        return False
    prev = tokens[i - 1] if i > 0 and tokens[i - 1].end == tok.start else None
    return prev is None or (prev.kind in (Kind.PARTICLE, Kind.SYMBOL) and prev.surface not in _DOTS)


# What one person does with another: marrying, divorcing, appearing together, talking face to face.
_PARTNER_WORDS = _words(
    "結婚 婚約 離婚 再婚 交際 死別 共演 会談 対談 面会 共著 共作 同棲 再会 文通 口論 決闘 一騎打ち 不倫",
    "破局 心中",
)


def _unknown_partner(tokens: list[Token], i: int) -> bool:
    """An unknown katakana word as the partner of a personal act or with a kin of its own
    (`ツァハリアスと会談`, `ヴィルケンスとその息子`).
    """
    tok = tokens[i]
    if not tok.oov or len(tok.surface) < 3 or not _KATAKANA.fullmatch(tok.surface):
        return False
    if i + 2 >= len(tokens) or tokens[i + 1].surface != "と":
        return False
    after = tokens[i + 2]
    if after.surface not in _PARTNER_WORDS and not (
        after.surface == "その" and i + 3 < len(tokens) and tokens[i + 3].surface in _KIN_WORDS
    ):
        return False
    prev = tokens[i - 1] if i > 0 and tokens[i - 1].end == tok.start else None
    return prev is None or (prev.kind in (Kind.PARTICLE, Kind.SYMBOL) and prev.surface not in _DOTS)


# Verbs whose object is a person: defeating an opponent in a bout, attacking, killing, arresting,
# appointing, hiring, serving, marrying (Xを破り, Xに敗れ, Xを襲い, Xを任命).
_PERSON_OBJECT_VERBS = (
    "破っ",
    "破り",
    "破る",
    "敗れ",
    "下し",
    "襲",
    "殺",
    "暗殺",
    "処刑",
    "逮捕",
    "任命",
    "指名",
    "起用",
    "雇",
    "尊敬",
    "師事",
    "仕え",
    "嫁",
    "救",
    "説得",
    "告発",
    "招聘",
    "抜擢",
    "登用",
    "射殺",
    "斬",
    "討ち取",
    "誘拐",
    "拉致",
    "監禁",
    "解任",
    "更迭",
    "罷免",
    "破門",
    "弾劾",
    "擁立",
    "看取",
    "娶",
)


def _unknown_object(tokens: list[Token], i: int) -> bool:
    """An unknown katakana word as the object of a verb said of people (`ヴァルトホフを破って`,
    `Xに敗れる`): a few words may stand between (Xを技ありで破り).
    """
    tok = tokens[i]
    if not tok.oov or len(tok.surface) < 3 or not _KATAKANA.fullmatch(tok.surface):
        return False
    if i + 2 >= len(tokens) or tokens[i + 1].surface not in ("を", "に"):
        return False
    if not any(t.surface.startswith(_PERSON_OBJECT_VERBS) for t in tokens[i + 2 : i + 6]):
        return False
    prev = tokens[i - 1] if i > 0 and tokens[i - 1].end == tok.start else None
    return prev is None or (prev.kind in (Kind.PARTICLE, Kind.SYMBOL) and prev.surface not in _DOTS)


def _unknown_regnal(tokens: list[Token], i: int) -> bool:
    """An unknown katakana word with a regnal number is a monarch, the number included (ラグナータ2世)."""
    tok = tokens[i]
    if not tok.oov or len(tok.surface) < 2 or not _KATAKANA.fullmatch(tok.surface) or i + 2 >= len(tokens):
        return False
    number, era = tokens[i + 1], tokens[i + 2]
    prev = tokens[i - 1].surface if i > 0 and tokens[i - 1].end == tok.start else ""
    if _KATAKANA.fullmatch(prev) or (prev.isascii() and prev.isalnum()) or prev in _DOTS:
        return False  # the end of a longer word, or a dotted chain the ordinary path reads
    return (
        number.start == tok.end
        and era.start == number.end
        and _REGNAL.fullmatch(number.surface) is not None
        and era.surface == "世"
    )


def _unknown_plural(tokens: list[Token], i: int) -> bool:
    """An unknown katakana word with the plural ら said of people (ベルガミンらによって, ハルトマンらが)."""
    tok = tokens[i]
    if not tok.oov or len(tok.surface) < 3 or not _KATAKANA.fullmatch(tok.surface):
        return False
    if i + 2 >= len(tokens) or tokens[i + 1].surface != "ら" or tokens[i + 1].start != tok.end:
        return False
    if tokens[i + 2].kind is not Kind.PARTICLE and tokens[i + 2].surface != "、":
        return False
    prev = tokens[i - 1] if i > 0 and tokens[i - 1].end == tok.start else None
    return prev is None or (prev.kind in (Kind.PARTICLE, Kind.SYMBOL) and prev.surface not in _DOTS)


_KATAKANA_ORG_WORDS = tuple(w for w in _ORG_WORDS if _KATAKANA.fullmatch(w) and len(w) >= 3)


def _unknown_subject(tokens: list[Token], i: int) -> bool:
    """A katakana word the analyser does not know, opening a clause as its subject: `…年、ミルデンは議会に`.

    Such a word is a foreign surname more often than not; a compound ending on an organisation word
    (ハモンドグループ) is not, and `Xは、` opening a sentence starts a definition, which `_defined` reads
    instead (inside a sentence, `…引退後にミルデンは、` is a subject again).
    """
    tok = tokens[i]
    if not tok.oov or len(tok.surface) < 3 or not _KATAKANA.fullmatch(tok.surface):
        return False
    if i > 0 and tokens[i - 1].surface not in ("、", "。", "\n", "た", "いる") and not _after_time(tokens, i):
        return False
    if i + 1 >= len(tokens) or tokens[i + 1].surface not in ("は", "が"):
        return False
    if any(t.surface in _FIRM_PREDICATES for t in tokens[i + 2 : min(i + 12, _next_sentence(tokens, i))]):
        return False  # ハモンドはHX-200を発表した, ベルガミンは創立当初から: what a firm does
    opens_sentence = i == 0 or tokens[i - 1].surface in ("。", "\n")
    topic = tokens[i + 1].surface == "は" and i + 2 < len(tokens) and tokens[i + 2].surface == "、"
    if opens_sentence and topic and not _personal_act(tokens, i + 2):
        return False
    return not tok.surface.endswith(_KATAKANA_ORG_WORDS)


# Words of a sentence that only a person is the subject of: speaking, writing, living and dying, kin.
_PERSONAL_ACTS = (
    "彼",
    "自伝",
    "生まれ",
    "死去",
    "逝去",
    "亡くな",
    "結婚",
    "離婚",
    "述べ",
    "語っ",
    "語り",
    "回想",
    "著し",
    "記し",
    "演じ",
    "師事",
    "留学",
    "卒業",
    "没し",
    "享年",
    "他界",
    "夭折",
    "戦死",
    "病死",
    "自殺",
    "即位",
    "譲位",
    "出家",
    "元服",
    "改名",
    "再婚",
    "婚約",
    "出産",
    "歌っ",
    "執筆",
    "告白",
    "証言",
    "亡命",
    "入門",
)


def _personal_act(tokens: list[Token], k: int) -> bool:
    """Whether the sentence from tokens[k] says something only a person does (…と述べた, 彼は…)."""
    return any(t.surface.startswith(_PERSONAL_ACTS) for t in tokens[k : _next_sentence(tokens, k)])


# Words of a predicate said of a firm, a label or a product rather than of a person.
_FIRM_PREDICATES = _words(
    "設立 創立 創業 出店 誕生 買収 製造 販売 運営 事業 株式 破産 上場 合併 提携 製品 レーベル",
    "メーカー 企業 会社 子会社 ブランド 店舗 出資 本社 支社 支店 工場 社員 従業員 売上 資本金 倒産",
    "経営破綻 生産 出荷 輸出 傘下 株主 商品 発売 事業所 発注 受注 参入 撤退 営業 量産 就航 運航 運行 路線",
    "加盟店 フランチャイズ 新製品 顧客",
)


_TIME_ENDS = ("年", "月", "日", "後", "頃")


def _after_time(tokens: list[Token], i: int) -> bool:
    """Whether a time adverbial opens the clause right before tokens[i] (1824年に, 3月4日には, 引退後に)."""
    if i >= 3 and tokens[i - 1].surface == "は":
        i -= 1
    return i >= 2 and tokens[i - 1].surface == "に" and tokens[i - 2].surface.endswith(_TIME_ENDS)


def _titled_name(tokens: list[Token], i: int, lex: NameLexicon) -> str | None:
    """The title after an untagged word that marks it as a name (能登博士, ヴァロワ伯爵, 坂巻 + 航海 + 長)."""
    tok = tokens[i]
    title = _cut_title(tokens, i + 1) or tokens[i + 1].surface
    if title not in _STRONG_HONORIFICS or title in _PERSONAL_HONORIFICS:
        return None
    if tok.kind is Kind.PLACE and title in _OFFICES:
        return None  # フランス大統領, 千葉市長
    end = i + (3 if title != tokens[i + 1].surface else 2)
    if end < len(tokens) and tokens[end].start == tokens[end - 1].end and _glued_word(tokens[end]):
        return None  # 教皇 + 庁, 大統領 + 府: the office, not its holder
    return title if _unknown_word(tok, lex) else None


def _cut_title(tokens: list[Token], k: int) -> str | None:
    """A title the analyser cut before its suffix (航海 + 長 = 航海長), or None."""
    if k + 1 >= len(tokens) or tokens[k + 1].start != tokens[k].end or tokens[k + 1].kind is not Kind.SUFFIX:
        return None
    title = tokens[k].surface + tokens[k + 1].surface
    return title if title in _STRONG_HONORIFICS else None


def _surname_before_given(tokens: list[Token], i: int, lex: NameLexicon) -> bool:
    """A kanji token the analyser did not tag, but which reads as a surname before a given name.

    能登 + 慎司, 髙橋 + 康之 (a variant kanji the dictionary lacks), 金 + 成浩, 楊 + 秀麗, and a two-kanji
    word read as a common noun or a place right before a given name that ends the kanji run (米満 + 達弘).
    """
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or nxt.start != tok.end or len(tok.surface) > 3:
        return False
    if nxt.kind is not Kind.GIVEN and tok.surface not in _SINGLE_KANJI_SURNAMES:
        return False
    if _script(tok.surface) != "kanji":
        return False
    if nxt.kind is Kind.GIVEN and len(nxt.surface) >= 2:
        if tok.oov or tok.surface in lex.surnames or tok.surface in _SINGLE_KANJI_SURNAMES:
            return True
        return _word_before_given(tokens, i)
    if tok.surface in _SINGLE_KANJI_SURNAMES and tok.kind is not Kind.SURNAME:
        return (
            _script(nxt.surface) == "kanji"
            and len(nxt.surface) <= 2
            and (nxt.oov or nxt.surface in lex.given)
        )
    return False


def _word_before_given(tokens: list[Token], i: int) -> bool:
    """Whether a noun or place of one or two kanji, alone before a kanji given name, is the surname (名城 +
    信男, 栂 + 幸太郎): a given name is not glued to a common word.
    """
    tok, given = tokens[i], tokens[i + 1]
    if len(tok.surface) > 2 or tok.kind not in (Kind.NOUN, Kind.PLACE, Kind.OTHER) or _introducer(tok):
        return False
    if _script(given.surface) != "kanji" or given.surface in HONORIFICS:
        return False
    glued = [m for m in (i - 1, i + 2) if 0 <= m < len(tokens) and _script(tokens[m].surface) == "kanji"]
    return not any(tokens[m].end == tok.start or tokens[m].start == given.end for m in glued)


def _chinese_full_name(tokens: list[Token], i: int) -> int | None:
    """End of a three-kanji Chinese or Korean name the analyser cut into pieces (韓 + 丙 + 起, 尹 + 潽善).

    The run must start with a one-kanji surname and its other two kanji must not be one common word
    (金 + 曜日 is a day).
    """
    tok = tokens[i]
    if tok.surface not in _CHINESE_SURNAMES or tok.kind in (Kind.GIVEN, Kind.PERSON):
        return None
    if i > 0 and tokens[i - 1].end == tok.start and _script(tokens[i - 1].surface) == "kanji":
        return None
    j = i + 1
    rest = ""
    while (
        j < len(tokens)
        and tokens[j].start == tokens[j - 1].end
        and _script(tokens[j].surface) == "kanji"
        and tokens[j].surface not in HONORIFICS
        and tokens[j].surface not in _AFTER_NAME
    ):
        rest += tokens[j].surface
        j += 1
    if len(rest) != 2:
        return None
    if j == i + 2 and not (tokens[i + 1].oov or tokens[i + 1].kind is Kind.GIVEN):
        return None
    return j - 1


def _dot_chain_end(tokens: list[Token], i: int) -> int:
    """Last token index of a katakana/initial chain joined by ・ starting at i (i itself if none)."""
    j = i
    n = len(tokens)
    while (
        j + 2 < n
        and tokens[j + 1].surface in _DOTS
        and tokens[j + 1].start == tokens[j].end
        and tokens[j + 2].start == tokens[j + 1].end
        and (
            _DOTTED_KATAKANA.fullmatch(tokens[j + 2].surface)
            or _LATIN_INITIAL.fullmatch(tokens[j + 2].surface)
        )
    ):
        j += 2
    return j


def _spaced_given(tokens: list[Token], i: int, lex: NameLexicon) -> bool:
    """Whether tokens[i] is a surname followed by one space and a given name (山田 太郎, ヤマダ タロウ)."""
    if i + 2 >= len(tokens) or tokens[i + 1].surface not in (" ", "\u3000"):
        return False
    cur, space, given = tokens[i], tokens[i + 1], tokens[i + 2]
    if space.start != cur.end or given.start != space.end:
        return False
    if _KATAKANA.fullmatch(cur.surface):
        return cur.surface in lex.surname_kana and (
            given.kind is Kind.GIVEN or given.surface in lex.given_kana
        )
    surname = cur.kind is Kind.SURNAME or cur.surface in lex.surnames or cur.surface in _SINGLE_KANJI_SURNAMES
    if not surname or _script(cur.surface) != "kanji":
        return False
    if given.kind is Kind.GIVEN or given.surface in lex.given:
        return True
    return _script(given.surface) == "hiragana" and to_katakana(given.surface) in lex.given_kana


def _extend(tokens: list[Token], i: int, lex: NameLexicon) -> int:
    n = len(tokens)
    j = i
    if _spaced_given(tokens, i, lex):
        end = i + 2
        glued = end + 1 < n and tokens[end + 1].start == tokens[end].end
        if glued and tokens[end].surface + tokens[end + 1].surface in lex.given:
            end += 1  # 内田 悠+人: the analyser cut the given name 悠人
        return end
    kana_end = _kana_given_end(tokens, i, lex)
    if kana_end is not None:
        return kana_end
    while j + 1 < n:
        cur, nxt = tokens[j], tokens[j + 1]
        if nxt.start != cur.end:
            break
        if nxt.kind in _NAMEISH and nxt.surface not in HONORIFICS and nxt.surface not in _NOT_GIVEN:
            if nxt.surface.isascii():
                break
            j += 1
            continue
        if nxt.surface in _DOTS:
            end = _dot_chain_end(tokens, j)
            if end > j:
                j = end
                continue
            break
        if j > i and tokens[j - 1].surface in _DOTS and _KATAKANA.fullmatch(nxt.surface):
            j += 1  # マーク・ハモン + ドリー: the analyser cut the last word of the chain
            continue
        if (
            (
                j == i
                and (cur.kind is Kind.SURNAME or cur.surface in _SINGLE_KANJI_SURNAMES)
                and _given_guess(nxt, lex)
            )
            or (j == i + 1 and tokens[i].kind is Kind.SURNAME and _given_tail(tokens, i, j))
            or (j > i and cur.kind is Kind.GIVEN and _given_ending(tokens, j + 1))
        ):
            j += 1
        break
    return j


def _kana_given_end(tokens: list[Token], i: int, lex: NameLexicon) -> int | None:
    """End of a hiragana given name the analyser cut as words and particles after a kanji surname, closed
    by a particle (森田 + ひな + の + へ = 森田ひなの), or None. The run must start on a noun (a particle
    right after a surname is its own: 中田としては) and be three kana at least (佐藤 + とも + に is ともに).
    """
    tok = tokens[i]
    if tok.kind is not Kind.SURNAME or _script(tok.surface) != "kanji":
        return None
    n = len(tokens)
    if i + 1 >= n or tokens[i + 1].kind is not Kind.NOUN or tokens[i + 1].start != tok.end:
        return None
    kana = ""
    end = None
    j = i + 1
    while j < n and tokens[j].start == tokens[j - 1].end and _HIRAGANA.fullmatch(tokens[j].surface):
        kana += tokens[j].surface
        if len(kana) > 4:
            break
        after = tokens[j + 1] if j + 1 < n and tokens[j + 1].start == tokens[j].end else None
        closed = after is None or after.kind in (Kind.PARTICLE, Kind.SYMBOL)
        if len(kana) >= 3 and closed and to_katakana(kana) in lex.given_kana:
            end = j
        j += 1
    return end


# Endings of men's given names the analyser splits off (義次 + 郎, 与 + 右衛門).
_GIVEN_ENDINGS = _words("郎 助 介 衛門 右衛門 左衛門 兵衛 之助 之介 太郎 次郎 三郎")


def _given_ending(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] ends a given name cut before it, closing the kanji run."""
    tok = tokens[k]
    if tok.surface not in _GIVEN_ENDINGS:
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) and tokens[k + 1].start == tok.end else None
    return after is None or _script(after.surface) != "kanji" or after.surface in HONORIFICS


def _given_tail(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the analyser cut a two-kanji given name after its first kanji (石井 + 徳 + 順, 張 + 成 + 萍).

    tokens[j] is a one-kanji given name — or, after a one-kanji Chinese surname, a kanji the analyser
    took for another surname (徐 + 傅 + 霖); the next kanji closes the name when the kanji run ends there.
    """
    cur, nxt = tokens[j], tokens[j + 1]
    chinese = len(tokens[i].surface) == 1 and cur.kind is Kind.SURNAME
    if not (cur.kind is Kind.GIVEN or chinese) or len(cur.surface) != 1 or len(nxt.surface) != 1:
        return False
    if _script(nxt.surface) != "kanji" or nxt.kind is Kind.SUFFIX:
        return False
    if any(nxt.surface in words for words in (HONORIFICS, _ORG_WORDS, _NOT_GIVEN, _AFTER_NAME)):
        return False
    after = tokens[j + 2] if j + 2 < len(tokens) and tokens[j + 2].start == nxt.end else None
    return after is None or _script(after.surface) != "kanji"


def _widen(tokens: list[Token], i: int, j: int) -> tuple[int, int]:
    """Take in what the analyser cut off a katakana name: initials before it (T・ベネッリ), the head of a
    word it did not know (ヴァル + トホフ), and a regnal number or a prince's title after it (アンリ12世,
    レオナルド三世, 有間皇子).
    """
    first = tokens[i]
    if _KATAKANA.fullmatch(first.surface):
        if _initials_before(tokens, i) < i:
            i = _initials_before(tokens, i)
        elif (
            i >= 1
            and tokens[i - 1].end == first.start
            and tokens[i - 1].kind in (Kind.NOUN, Kind.PLACE)
            and _KATAKANA.fullmatch(tokens[i - 1].surface)
            and len(tokens[i - 1].surface) <= 4
            and not (i >= 2 and _glued_katakana(tokens[i - 2], tokens[i - 1]))
        ):
            i -= 1
    elif _stage_name_head(tokens, i, j):
        i -= 1
    if (
        j + 2 < len(tokens)
        and tokens[j + 1].start == tokens[j].end
        and _REGNAL.fullmatch(tokens[j + 1].surface)
        and tokens[j + 2].surface == "世"
        and tokens[j + 2].start == tokens[j + 1].end
    ):
        j += 2
    elif j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end and tokens[j + 1].surface in _PRINCELY:
        j += 1
    return i, j


def _stage_name_head(tokens: list[Token], i: int, j: int) -> bool:
    """Whether a katakana word glued before a lone kanji surname or given name is the head of a stage or
    ring name (ラッキー + 鈴木, ワンダー + 千秋). Before a full name, or as a word for a person, it is an
    occupation (アドバイザー + 鈴木一郎, ダンサー + 鈴木).
    """
    first, last = tokens[i], tokens[j]
    if i == 0 or i != j or _script(first.surface) != "kanji" or first.kind not in (Kind.SURNAME, Kind.GIVEN):
        return False
    head = tokens[i - 1]
    if head.end != first.start or not _KATAKANA.fullmatch(head.surface) or len(head.surface) < 2:
        return False
    if head.kind not in (Kind.NOUN, Kind.PERSON) or _person_noun(head) or head.surface in _ORG_WORDS:
        return False
    if i >= 2 and tokens[i - 2].end == head.start and _KATAKANA.fullmatch(tokens[i - 2].surface):
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) and tokens[j + 1].start == last.end else None
    return after is None or after.kind in (Kind.PARTICLE, Kind.SYMBOL)


def _initials_before(tokens: list[Token], i: int) -> int:
    """Index of the first of the Latin initials right before tokens[i], each closed by ・ or a full stop
    (T・ベネッリ, J.R.ミルデン, Yu・A・ペトロフ), or i itself when there are none. A two-letter
    abbreviation (Yu, Th) counts only before a ・: `No.` is no initial.
    """
    k = i
    while (
        k >= 2
        and tokens[k - 1].surface in _INITIAL_STOPS
        and tokens[k - 1].end == tokens[k].start
        and tokens[k - 2].end == tokens[k - 1].start
        and (
            _LATIN_INITIAL.fullmatch(tokens[k - 2].surface)
            or (tokens[k - 1].surface in _DOTS and _SHORT_GIVEN.fullmatch(tokens[k - 2].surface))
        )
    ):
        k -= 2
    return k


_INITIAL_STOPS = _DOTS | {".", "．"}
_SHORT_GIVEN = re.compile(r"[A-Z][a-z]")


# Titles of princes and princesses written as part of their names (有間皇子, 舎人親王).
_PRINCELY = _words("皇子 皇女 親王 内親王")


def _glued_katakana(tok: Token, nxt: Token) -> bool:
    return tok.end == nxt.start and _KATAKANA.fullmatch(tok.surface) is not None


def _judge(tokens: list[Token], i: int, j: int, lex: NameLexicon) -> Finding | None:
    first, last = tokens[i], tokens[j]
    span = tokens[i : j + 1]
    prev = tokens[i - 1] if i > 0 and tokens[i - 1].end == first.start else None
    nxt = tokens[j + 1] if j + 1 < len(tokens) and tokens[j + 1].start == last.end else None
    if prev is not None and (prev.surface in _COMPANY_FORMS or prev.surface.endswith("会社")):
        return None
    if nxt is not None and (
        nxt.surface in _ORG_WORDS or nxt.surface in _COMPANY_FORMS or nxt.surface in _LATIN_COMPANY_FORMS
    ):
        return None
    if any(t is not None and t.surface in ("&", "＆") for t in (prev, nxt)):
        return None  # ハモンド&ベネット, ベネッリ・ヴァロワ&ミルデン: a brand or a band
        return None
    if nxt is not None and _org_compound(tokens, j + 1):
        return None
    if any(t is not None and t.surface in _CLUB_ABBREVIATIONS for t in (prev, nxt)):
        return None
    if prev is not None and prev.kind in (Kind.SUFFIX, Kind.PLACE) and prev.surface.endswith(_PLACE_UNITS):
        return None  # ネバダ州エミリー, オレゴン州マリサ: a town inside its state
    if j + 2 < len(tokens) and tokens[j + 1].surface == "の" and tokens[j + 2].surface in _GROUP_MEMBERS:
        return None  # Xのメンバー: a person has no members
    if prev is not None and prev.surface.isdigit():
        return None  # 5 + 人男 (五人男), 3 + 太郎: a counter or a unit after a number
    if j + 2 < len(tokens) and tokens[j + 1].surface == "の" and tokens[j + 2].surface in ("乱", "変"):
        return None  # 平将門の乱, 本能寺の変: the name of a rising is an event
    if _joined(tokens, j + 1):
        return None  # シアトル・マリナーズに加入: one joins a club or a firm, not a person
    if (
        i == j
        and nxt is not None
        and nxt.surface in _STRONG_HONORIFICS - _PERSONAL_HONORIFICS
        and j + 3 < len(tokens)
        and tokens[j + 2].surface == "の"
        and tokens[j + 3].kind in _NAMEISH
    ):
        return None  # 長野監督の山本和夫, トヨタ社長の豊田章男: a lone word there is the club or the firm
    parts = [t for t in span if t.surface not in _DOTS]
    named = [t for t in parts if t.kind in _NAMEISH]
    reasons = ["morph:" + "+".join(t.kind.name.lower() for t in parts)]
    chain = len(parts) < len(span)
    if chain and not _foreign_name_chain(parts, prev):
        titled = nxt is not None and nxt.surface in _STRONG_HONORIFICS
        if not (titled or _introduced(tokens, i)) or parts[-1].surface in _ORG_WORDS:
            return None
    if len(parts) >= 2:
        score = (0.8 if chain else 0.85) if named else 0.55
    elif first.kind is Kind.PERSON and len(first.surface) >= 3:
        score = 0.75  # a full name the dictionary knows (夏目漱石) or a foreign name (ベネッリ)
    else:
        script = _script(first.surface)
        if script == "hiragana":
            # a kana word the analyser tags as a name is one when long enough to be no particle or ending
            score = 0.55 if len(first.surface) >= 3 else 0.4
        elif len(first.surface) == 1:
            score = 0.45
        else:
            score = 0.6
    title = _compound_title(tokens, j + 1) if nxt is not None else None
    if nxt is not None and nxt.surface in _STRONG_HONORIFICS and not _honorific_in_compound(tokens, j + 1):
        score += 0.3
        reasons.append("honorific:" + nxt.surface)
    elif title is not None:
        score += 0.3
        reasons.append("title:" + title)
    elif nxt is not None and nxt.surface in _AFTER_NAME:
        pass
    elif nxt is not None and _glued_word(nxt) and nxt.surface not in HONORIFICS:
        # 北浦真記録, 山田式, ハモンド政権, ヴァロワ・クリスチャン学校: a name glued to a following kanji
        # word is usually part of a compound
        if chain:
            score -= 0.35
        elif _script(last.surface) == "kanji":
            score -= 0.3 if len(parts) >= 2 and first.kind is not Kind.PERSON else 0.15
            if len(last.surface) == 1:
                score -= 0.1
        else:
            score -= 0.3
    elif nxt is not None and _KATAKANA.fullmatch(nxt.surface) and _script(last.surface) != "hiragana":
        # カーター + ギアボックス, 飯田 + ミナト劇場, 北島 + プロ: the name starts a longer word
        score -= 0.3
    if len(parts) == 1 and _place_like_surname(first, lex):
        score -= 0.2
    if (
        prev is not None
        and _script(first.surface) == "kanji"
        and _glued_word(prev)
        and not _introducer(prev)
        and prev.surface not in _TIME_WORDS
    ):
        score -= 0.3  # 旭日 + 重光章, 江戸 + 城北浦: the name reading starts inside a compound
    if _introduced(tokens, i):
        score += 0.2
        reasons.append("introduced")
    return _finding(first.start, last.end, score, *reasons)


# What one does to a club, a firm or a school: join it, move to it, return to it.
_JOINING = _words("加入 移籍 入団 復帰 入社 入学 加盟 転籍 出向 退団")


def _joined(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k:] say that someone joins or leaves what comes before them (Xに移籍, Xから移籍,
    Xに期限付き移籍).
    """
    if k >= len(tokens) or tokens[k].surface not in ("に", "へ", "から"):
        return False
    m = k + 1
    while m < len(tokens) and m - k <= 3 and tokens[m].surface not in _JOINING:
        if (
            tokens[m].kind not in (Kind.NOUN, Kind.SUFFIX, Kind.OTHER)
            or tokens[m].surface in _LIST_SEPARATORS
        ):
            return False
        m += 1
    if m >= len(tokens) or m - k > 3:
        return False
    return tokens[k].surface != "から" or tokens[m].surface == "移籍"


def _honorific_in_compound(tokens: list[Token], k: int) -> bool:
    """Whether the honorific at tokens[k] opens a longer kanji word (光 + さん + 橋): then it is none."""
    after = tokens[k + 1] if k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end else None
    return after is not None and _script(tokens[k].surface) != "kanji" and _glued_word(after)


# Time nouns a name follows without a particle (ある日梅原が, 同年佐藤は): no compound starts there.
_TIME_WORDS = _words("日 年 月 頃 後 時 翌日 翌年 同日 同年 当日 当時 前年 昨年 今年 戦後 戦前 以後 以来")


# Nouns owned by a group, never by a person (Xのメンバー).
_GROUP_MEMBERS = _words(
    "メンバー 一員 構成員 加盟国 加盟 傘下 子会社 本社 社長 社員 従業員 株式 株主 代表取締役 取締役",
    "頭取 役員 経営陣",
)


def _org_compound(tokens: list[Token], k: int) -> bool:
    """Whether the kanji words glued from tokens[k] end on an organisation word: the name before them is
    part of the organisation's name (山本和夫 + 建築設計事務所, 山田 + 記念病院).
    """
    m = k
    while (
        m + 1 < len(tokens)
        and m - k < 3
        and tokens[m + 1].start == tokens[m].end
        and _script(tokens[m + 1].surface) == "kanji"
        and tokens[m].surface not in HONORIFICS
    ):
        m += 1
    return m > k and _script(tokens[k].surface) == "kanji" and tokens[m].surface in _ORG_WORDS


def _compound_title(tokens: list[Token], k: int) -> str | None:
    """A title of kanji words glued after a name (上院議員, 国務長官, 元副会長, 外務大臣), or None."""
    words = ""
    for m in range(k, min(k + 3, len(tokens))):
        tok = tokens[m]
        if (m > k and tok.start != tokens[m - 1].end) or _script(tok.surface) != "kanji":
            break
        words += tok.surface
        if m > k and (tok.surface in _COMPOUND_TITLE_ENDS or words in _STRONG_HONORIFICS):
            return words  # 国務 + 長官, and 航海 + 長: a title the analyser cut before its suffix
    return _office_title(tokens, k)


def _office_title(tokens: list[Token], k: int) -> str | None:
    """A kanji run of up to four words glued after a name that ends on an office or a rank, or None.

    Two kanji are too short to tell a title from a compound word (執権 + 被官: a title before a title).
    """
    words = ""
    m = k
    while m < len(tokens) and m - k < 4 and _script(tokens[m].surface) == "kanji":
        if m > k and tokens[m].start != tokens[m - 1].end:
            break
        words += tokens[m].surface
        m += 1
    if len(words) < 3 or words in _NOT_OFFICES or tokens[m - 1].surface in _NOT_OFFICES:
        return None
    if m < len(tokens) and tokens[m].start == tokens[m - 1].end and _script(tokens[m].surface) == "kanji":
        return None
    return words if words.endswith(_OFFICE_ENDS) else None


# Last kanji of temples, islands, mounds, shops and ships, which the analyser also reads as rare surnames
# (東大寺, 菅島, 貝塚, 白木屋, 北浦丸).
_PLACE_ENDS = ("寺", "島", "塚", "屋", "岳", "丸", "城", "宮", "院", "堂")


def _place_like_surname(tok: Token, lex: NameLexicon) -> bool:
    """A lone surname outside the common ones that ends like the name of a place or a building."""
    return tok.kind is Kind.SURNAME and tok.surface not in lex.surnames and tok.surface.endswith(_PLACE_ENDS)


def _glued_word(tok: Token) -> bool:
    return tok.kind in (Kind.NOUN, Kind.PROPER, Kind.PLACE, Kind.SUFFIX) and _script(tok.surface) == "kanji"


# Heads of firm names the analyser glues to the word before them (ベルガ + グループ as one unknown word).
_FIRM_ENDS = (
    "グループ",
    "カンパニー",
    "コーポレーション",
    "ホールディングス",
    "プロダクション",
    "インダストリーズ",
)


# Western given names the analyser reads as common nouns (building, mark, ray): at the head of a ・ chain
# they open a person's name. Names whose noun often heads a chain (アート, ロック, キング) are left out.
_NOUN_GIVEN_NAMES = _words(
    "ビル レイ マーク ジム ラリー マイク マット パット フィル ホリー ジューン ディーン クリフ ノア",
    "クイン ミッキー ヒューイ サニー アイリス ジャスミン",
)


def _foreign_name_chain(parts: list[Token], prev: Token | None) -> bool:
    """Whether katakana words joined by ・ are a person (ピーター・J・ハモンド), not a team or a firm."""
    if prev is not None and prev.surface in _CLUB_ABBREVIATIONS:
        return False  # FCディナモ・ベルモン
    words = [t for t in parts if not _LATIN_INITIAL.fullmatch(t.surface)]
    if words[0].surface in ("ザ", "ジ") or any(t.surface == "アンド" for t in words):
        return False  # ジ・ベネッツ, ハモンド・ベネット・アンド・パーマー: a band or a firm
    if words[-1].surface in _ORG_WORDS or words[-1].surface.endswith(_FIRM_ENDS):
        return False  # ミル・ベルガ・グループ, ジョン・ベネットグループ
    if words[-1].kind in _NAMEISH:
        return True  # ビル・ハモンド, ロッキー・ベネット
    if words[0].kind is Kind.PLACE:
        return False  # ニューヨーク・ベネッツ
    return words[0].kind in _NAMEISH or words[0].surface in _NOUN_GIVEN_NAMES or all(t.oov for t in words)


def _honorific_only_name(tok: Token, lex: NameLexicon) -> bool:
    """A token the analyser does not know, but which an honorific marks as a name (ゲイリーさん), or a
    common surname it read as the place of the same name (松本様, 宮崎さん).

    A proper noun it knows is a firm or a character (トヨタさん, プーさん): business Japanese honours firms.
    """
    if tok.surface in HONORIFICS:
        return False
    if not (tok.oov or (tok.kind is Kind.PLACE and tok.surface in lex.surnames)):
        return False
    script = _script(tok.surface)
    return script in ("kanji", "katakana") and 2 <= len(tok.surface) <= 8


def _labelled(segment: Segment, tokens: list[Token], lex: NameLexicon) -> Iterator[Finding]:
    """A name right after a label (氏名：, 担当：): the label raises the score of a name-like value.

    The label alone makes no name: 担当：電話 and 氏名：未定 are common nouns. A department before the name
    (ご担当：総務部 佐藤様) and the honorific after it stay outside the span.
    """
    text = segment.text
    starts: list[int] | None = None
    for match in _LABEL.finditer(segment.shadow):
        if starts is None:
            starts = [t.start for t in tokens]
        k = _skip_department(tokens, bisect_left(starts, match.end()))
        span = _labelled_run(tokens, k, lex)
        if span is not None and column_meaning(text[span[0] : span[1]]) is None:  # 氏名　　カナ: a header
            label = match.group().strip(" :：\u3000")
            yield _finding(span[0], span[1], 0.9, "label:" + label)
    for match in _READING_LABEL.finditer(segment.shadow):
        value = _KANA_NAME.match(text, match.end())
        if value is not None and value.group().replace("\u3000", " ") not in _SAMPLE_READINGS:
            yield _finding(
                value.start(), value.end(), 0.9, "label:" + match.group().strip(" :：】\u3000\r\n")
            )


def _skip_department(tokens: list[Token], k: int) -> int:
    """Index of the first token after a department and a space (営業部 山田), else k itself."""
    j = k
    while j < len(tokens) and tokens[j].kind in (Kind.NOUN, Kind.SUFFIX, Kind.PROPER):
        if j > k and tokens[j].start != tokens[j - 1].end:
            return k
        j += 1
    if j == k or j >= len(tokens) or tokens[j].kind is not Kind.SPACE:
        return k
    if not "".join(t.surface for t in tokens[k:j]).endswith(_DEPARTMENT_ENDS):
        return k
    return j + 1


def _labelled_run(tokens: list[Token], k: int, lex: NameLexicon) -> tuple[int, int] | None:
    """Span of the name-like words from tokens[k]: one word, or family and given name across a space."""
    first = _name_word(tokens, k, lex)
    if first is None:
        return None
    end = first
    if (
        end + 2 < len(tokens)
        and tokens[end + 1].surface in (" ", "\u3000")
        and tokens[end + 1].start == tokens[end].end
        and tokens[end + 2].start == tokens[end + 1].end
    ):
        second = _name_word(tokens, end + 2, lex)
        if second is not None:
            end = second
    return tokens[k].start, tokens[end].end


def _name_word(tokens: list[Token], k: int, lex: NameLexicon) -> int | None:
    """Last index of a run of name-like tokens glued together from k (山田+太郎, ジョン+・+スミス)."""
    j = k
    while j < len(tokens) and (j == k or tokens[j].start == tokens[j - 1].end):
        tok = tokens[j]
        if tok.surface in _DOTS and j > k and j + 1 < len(tokens) and _name_like(tokens[j + 1], lex):
            j += 1
            continue
        if not _name_like(tok, lex):
            # 悠 + 人 read apart by the analyser, 悠人 in the lexicon: the whole given name
            if j > k and tokens[j - 1].surface + tok.surface in lex.given:
                j += 1
            break
        j += 1
    return j - 1 if j > k else None


def _name_like(tok: Token, lex: NameLexicon) -> bool:
    """A token that could be (part of) a name: tagged or unknown to the analyser, or in the name lexicon."""
    surface = tok.surface
    if surface in HONORIFICS or surface in _NOT_GIVEN or len(surface) > 8:
        return False
    script = _script(surface)
    if tok.kind in _NAMEISH and not surface.isascii():
        return True  # くみ子: given names mix kana and kanji
    if script == "other":
        return False
    if tok.oov and script != "hiragana":
        return True
    if script == "kanji":
        return surface in lex.surnames or surface in lex.given or surface in _SINGLE_KANJI_SURNAMES
    kana = to_katakana(surface)
    return kana in lex.surname_kana or kana in lex.given_kana


_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_ENGLISH_ORG_WORDS = _words(
    "Society Company Inc Ltd Corporation Corp University College Group Records Foundation Association",
    "Institute Museum Club Bank Theatre Theater Hotel Airlines Motors Studios Pictures Entertainment Music",
    "Church School Hospital Press Street Avenue Park Bridge Hall Center Centre Square House",
    "Airways Airlines Systems Technologies Holdings Partners Media Studio Films Games Publishing Books",
    "Magazine Times Journal News Radio Television Network Stadium Arena Station Airport Island Lake River",
    "Mountain Bay Beach County State City Town Village Castle Palace Cathedral Abbey Chapel Library",
    "Gallery Academy Orchestra Band Quartet Trio Ensemble Choir Festival Award Prize Cup League",
)


def _western(tokens: list[Token]) -> Iterator[Finding]:
    """A Western name in Latin letters inside Japanese text: a given name the analyser tags as one, or any
    capitalised word right after a word for a person, then one or two capitalised words after single spaces
    (William Normark, Peter Paul Brauer, 専門家Andrea Bellandi).
    """
    n = len(tokens)
    for k, tok in enumerate(tokens):
        if not "A" <= tok.surface[:1] <= "Z" or not _CAPITALISED.fullmatch(tok.surface):
            continue
        glued = tokens[k - 1] if k > 0 and tokens[k - 1].end == tok.start else None
        introduced = _introduced(tokens, k) or (glued is not None and _person_noun(glued))
        if tok.kind is not Kind.PERSON and not introduced:
            continue
        if k > 0 and tokens[k - 1].end == tok.start and tokens[k - 1].surface.isascii():
            continue
        end = k
        while (
            end + 2 < n
            and end - k < 4
            and tokens[end + 1].surface == " "
            and _CAPITALISED.fullmatch(tokens[end + 2].surface)
        ):
            end += 2
        after = tokens[end + 1] if end + 1 < n else None
        if (end == k and not introduced) or tokens[end].surface in _ENGLISH_ORG_WORDS:
            continue  # one capitalised word alone is a name only after a person word (助手のRena)
        if after is None or (
            not after.surface[:1].isascii() and after.surface not in _ORG_WORDS and after.surface not in _DOTS
        ):
            yield _finding(tok.start, tokens[end].end, 0.75, "western")


def _romaji(shadow: str, lex: NameLexicon) -> Iterator[Finding]:
    if not shadow.isascii() and not any("A" <= c <= "Z" for c in shadow):
        return
    for match in _ROMAJI.finditer(shadow):
        a, b = match.group(1).lower(), match.group(2).lower()
        if (a in lex.given_romaji and b in lex.surname_romaji) or (
            a in lex.surname_romaji and b in lex.given_romaji
        ):
            yield _finding(match.start(), match.end(), 0.75, "romaji")


def _readings(text: str, found: list[Finding]) -> Iterator[Finding]:
    """A kana reading in brackets right after a name is a name too (山田太郎（ヤマダ タロウ）)."""
    for f in found:
        if f.end < len(text) and text[f.end] in "（(":
            match = _BRACKET_READING.match(text, f.end)
            if match is not None:
                yield _finding(match.start(1), match.end(1), max(f.score, 0.8), "reading")


_LIST_SEPARATORS = frozenset({"、", "，", "と", "や", "および", "及び", "並びに"})
# A list item joins the names next to it when one of them is a name found on its own, however weakly
# (大石と柴崎: a lone surname is enough to read the list as people).
_ANCHOR = 0.55


def _coordinated(tokens: list[Token], found: list[Finding], lex: NameLexicon) -> list[Finding]:
    """Unknown words listed next to a confident name are names too (ベネッリ、ヴァロワ、ミルデン).

    An item joins only as a whole word between separators; the names it adds extend the list in turn: one
    pass rightwards from each name, one leftwards.
    """
    seps = [k for k, t in enumerate(tokens) if t.surface in _LIST_SEPARATORS]
    if not seps:
        return []
    starts = {f.start for f in found if f.score >= _ANCHOR}
    ends = {f.end for f in found if f.score >= _ANCHOR}
    covered = {f.start for f in found} | {f.end for f in found}
    added: list[Finding] = []
    for s in seps:  # the item after a separator, the name before it
        if s + 1 < len(tokens) and s > 0 and tokens[s - 1].end in ends:
            e = _list_item(tokens, s + 1, lex)
            if e is not None and tokens[s + 1].start not in covered and tokens[e].end not in covered:
                added.append(_listed(tokens[s + 1], tokens[e], starts, ends, covered))
    for s in reversed(seps):  # the item before a separator, the name after it
        if s + 1 < len(tokens) and tokens[s + 1].start in starts:
            k = _list_item_start(tokens, s - 1)
            e = _list_item(tokens, k, lex) if k is not None else None
            if (
                k is not None
                and e == s - 1
                and tokens[k].start not in covered
                and tokens[e].end not in covered
            ):
                added.append(_listed(tokens[k], tokens[e], starts, ends, covered))
    return added


def _listed(first: Token, last: Token, starts: set[int], ends: set[int], covered: set[int]) -> Finding:
    starts.add(first.start)
    ends.add(last.end)
    covered.update((first.start, last.end))
    return _finding(first.start, last.end, 0.7, "listed")


def _list_item_start(tokens: list[Token], e: int) -> int | None:
    """First index of the word or ・ chain of katakana words ending at tokens[e]."""
    if e < 0:
        return None
    k = e
    while k >= 2 and tokens[k - 1].surface in _DOTS and _KATAKANA.fullmatch(tokens[k - 2].surface):
        k -= 2
    return k


def _list_item(tokens: list[Token], k: int, lex: NameLexicon) -> int | None:
    """Last index of a word, or katakana words joined by ・, standing alone between separators from k that
    could be a name the analyser does not know (ヴァン・ミル, 門田); None if there is none.
    """
    tok = tokens[k]
    e = _dot_chain_end(tokens, k) if _KATAKANA.fullmatch(tok.surface) else _kanji_name_run(tokens, k, lex)
    for m in (k - 1, e + 1):
        if 0 <= m < len(tokens) and (
            (
                tokens[m].kind not in (Kind.PARTICLE, Kind.SYMBOL, Kind.SPACE)
                and tokens[m].surface not in _LIST_SEPARATORS
            )
            or tokens[m].surface in _DOTS
        ):
            return None
    words = [t for t in tokens[k : e + 1] if t.surface not in _DOTS]
    if e > k and _script(tok.surface) == "kanji":
        return e
    if e > k:
        return e if any(t.oov or t.kind in _NAMEISH for t in words) else None
    script = _script(tok.surface)
    if script == "katakana" and len(tok.surface) >= 2 and (tok.oov or tok.kind in _NAMEISH):
        return k
    if script == "katakana" and len(tok.surface) >= 2 and _between_separators(tokens, k):
        return k  # a known word too when the list goes on after it (ローズとマリエ, ヴェルネリ、オクサネン)
    if script == "kanji" and len(tok.surface) >= 2 and (tok.surface in lex.surnames or tok.kind in _NAMEISH):
        return k
    if script == "kanji" and 2 <= len(tok.surface) <= 3 and tok.kind is Kind.PLACE:
        # 石田、隠岐: among people a word read as a place is a surname, unless it names its unit (北海道)
        return None if tok.surface.endswith(_PLACE_UNITS) else k
    return None


def _kanji_name_run(tokens: list[Token], k: int, lex: NameLexicon) -> int:
    """Last index of a kanji run of three or four characters opened by a surname (森山 + 青嵐, an art name
    the analyser reads as common words), or k itself when there is none.
    """
    tok = tokens[k]
    if _script(tok.surface) != "kanji" or not (tok.kind is Kind.SURNAME or tok.surface in lex.surnames):
        return k
    e = k
    length = len(tok.surface)
    while (
        e + 1 < len(tokens)
        and tokens[e + 1].start == tokens[e].end
        and _script(tokens[e + 1].surface) == "kanji"
    ):
        nxt = tokens[e + 1]
        if any(nxt.surface in words for words in (HONORIFICS, _ORG_WORDS, _NOT_GIVEN, _AFTER_NAME)):
            return k
        length += len(nxt.surface)
        e += 1
    return e if e > k and 3 <= length <= 4 else k


_COUNTERS = _words("人 名")


def _counted(tokens: list[Token], found: list[Finding]) -> Iterator[Finding]:
    """Words listed before a head count of people are people (森、池谷、桝の3人が, ベネッリ、ミルデンの2名).

    Each item is one kanji or katakana word between separators; kinship and occupation words are not
    names (父、母、兄の3人) and stop the list.
    """
    covered = {f.start for f in found} | {f.end for f in found}
    for k in range(len(tokens) - 3):
        if tokens[k].surface != "の" or not _REGNAL.fullmatch(tokens[k + 1].surface):
            continue
        if tokens[k + 2].surface not in _COUNTERS or tokens[k + 2].start != tokens[k + 1].end:
            continue
        items: list[Token] = []
        m = k - 1
        while m >= 0 and _counted_item(tokens[m]):
            items.append(tokens[m])
            if m == 0 or tokens[m - 1].surface not in _LIST_SEPARATORS:
                break
            m -= 2
        if len(items) >= 2:
            for tok in items:
                if tok.start not in covered and tok.end not in covered:
                    yield _finding(tok.start, tok.end, 0.7, "counted")


def _counted_item(tok: Token) -> bool:
    if (
        tok.surface in _ROLE_WORDS
        or _person_noun(tok)
        or tok.kind in (Kind.PARTICLE, Kind.SYMBOL, Kind.OTHER)
    ):
        return False
    return _script(tok.surface) in ("kanji", "katakana") and len(tok.surface) <= 6


def _between_separators(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] stands between a list separator (or a clause start) and another separator."""
    if k + 1 >= len(tokens) or tokens[k + 1].surface not in _LIST_SEPARATORS:
        return False
    return k == 0 or tokens[k - 1].surface in _LIST_SEPARATORS or tokens[k - 1].surface in ("は", "が", "。")


def _propagate(tokens: list[Token], found: list[Finding]) -> Iterator[Finding]:
    """Once a name is found, the same surface elsewhere in the segment is that name again.

    Only confident findings spread, and only onto whole tokens (佐藤 in 佐藤部長 and 佐藤さん, not in 佐藤町).
    The parts of a full name spread too: after カルロ・ベネッリ, a lone ベネッリ is the same person.
    """
    if not tokens:
        return
    by_start = {t.start: k for k, t in enumerate(tokens)}
    surfaces: set[str] = set()
    covered: set[int] = set()  # starts of the tokens inside a finding
    for f in found:
        covered.add(f.start)
        k = by_start.get(f.start)
        if k is None:
            continue
        while k < len(tokens) and tokens[k].end <= f.end:
            tok = tokens[k]
            covered.add(tok.start)
            last_of_chain = tok.end == f.end and k > 0 and tokens[k - 1].surface in _DOTS
            if f.score >= 0.8 and (tok.kind in _NAMEISH or last_of_chain) and len(tok.surface) >= 2:
                surfaces.add(tok.surface)
            elif f.score >= 0.6 and tok.oov and len(tok.surface) >= 3 and _KATAKANA.fullmatch(tok.surface):
                surfaces.add(tok.surface)  # a word the analyser does not know has no other reading to confuse
            elif f.score >= 0.7 and (f.start, f.end) == (tok.start, tok.end) and len(tok.surface) >= 2:
                surfaces.add(tok.surface)  # a whole word the sentence made a name (listed, introduced)
            k += 1
    if not surfaces:
        return
    spread: list[Token] = []
    firms: set[str] = set()
    for k, tok in enumerate(tokens):
        if tok.surface in surfaces and tok.start not in covered:
            prev = tokens[k - 1] if k > 0 and tokens[k - 1].end == tok.start else None
            nxt = tokens[k + 1] if k + 1 < len(tokens) and tokens[k + 1].start == tok.end else None
            if (
                (prev is not None and prev.surface in _COMPANY_FORMS)
                or (nxt is not None and not _ends_word(tok, nxt))
                or any(t is not None and t.surface in ("&", "＆") for t in (prev, nxt))
            ):
                firms.add(tok.surface)
            else:
                spread.append(tok)
    # a surface also read as part of a firm or a band (ベネッリ・モーターズ, ハモンド&ベネット) is
    # ambiguous: its lone mentions may be the firm
    for tok in spread:
        if tok.surface not in firms:
            yield _finding(tok.start, tok.end, 0.7, "same-surface")


def _ends_word(tok: Token, nxt: Token) -> bool:
    """Whether a name token stays a word of its own before the token glued after it.

    An organisation word, a kanji noun (森川系譜) or a ・ chain (ハモンド・リミテッド) makes the name part of
    a longer word; an honorific, a title or a particle does not.
    """
    if nxt.surface in HONORIFICS or nxt.surface in _AFTER_NAME:
        return True
    return not (nxt.surface in _ORG_WORDS or nxt.surface in _DOTS or _glued_word(nxt))


__all__ = ["HONORIFICS", "NameRecognizer", "to_katakana"]
