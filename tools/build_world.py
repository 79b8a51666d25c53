#!/usr/bin/env python3
"""Generate ``kgprobe/data/ontologies/world.ttl``: a hand-written world-knowledge ontology.

The ontology is written by us (not copied from DBpedia or elsewhere) and holds
stable, well-known facts that a pretrained language model could know: capitals,
continents, birth places, authors, directors, rivers, mountains, official
languages, company founders and so on.  Facts were chosen conservatively: when
a fact was uncertain or disputed it was left out.

The data lives below as readable tables.  Each table is a text block:

    !class Film                      default class of the rows that follow
    !cols label | director | starring | releaseYear
    The Godfather | Francis Ford Coppola | Marlon Brando; Al Pacino | 1972

* the first column is the instance label (``Label {IRI_local}`` overrides the
  IRI local name, otherwise it is derived from the label, ASCII only);
* a ``class`` column, or ``!class``, declares the instance with exactly one
  (most specific) class; a block with neither only adds facts about instances
  declared elsewhere;
* every other column is an object or datatype property; several values are
  separated by ``;``; objects are referred to by their label.

Run ``python tools/build_world.py``; the output is deterministic
(sorted).  Only the standard library is used to build; rdflib is used at the
end for a self-check parse, and the script exits non-zero when a check fails.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

W = "https://kgprobe.org/world/ontology/"
R = "https://kgprobe.org/world/resource/"
KGP = "https://kgprobe.org/vocab#"
ONTOLOGY_IRI = "https://kgprobe.org/world/ontology"

OUT = Path(__file__).resolve().parents[1] / "kgprobe" / "data" / "ontologies" / "world.ttl"

# Hard minimums (the brief); the script fails loudly below them.
MIN_CLASSES = 200
MIN_DEPTH = 5
MIN_OBJECT_PROPERTIES = 45
MIN_SUBPROPERTY_EDGES = 12
MIN_SUBPROPERTY_CHAINS = 2
MIN_SUBPROPERTY_TRIPLES = 300
MIN_INSTANCES = 650
MIN_CLASSES_WITH_INSTANCES = 80
MIN_RELATIONS = 1100
MIN_DATATYPE_PROPERTIES = 3
MAX_DATATYPE_PROPERTIES = 5

BLOCKS: list[str] = []

# ---------------------------------------------------------------------------
# Classes: Name | superclass(es, ";") | English label | German label
# ---------------------------------------------------------------------------
CLASSES = """
Agent |  | agent |
Person | Agent | person | Person
Scientist | Person | scientist |
Physicist | Scientist | physicist |
Chemist | Scientist | chemist |
Biologist | Scientist | biologist |
Naturalist | Scientist | naturalist |
Mathematician | Scientist | mathematician |
Astronomer | Scientist | astronomer |
ComputerScientist | Scientist | computer scientist |
Economist | Scientist | economist |
Psychologist | Scientist | psychologist |
Philosopher | Person | philosopher |
Theologian | Person | theologian |
Artist | Person | artist |
Painter | Artist | painter | Maler
Sculptor | Artist | sculptor |
Photographer | Artist | photographer |
FashionDesigner | Artist | fashion designer |
Cartoonist | Artist | cartoonist |
Comedian | Artist | comedian |
Actor | Artist | actor |
FilmDirector | Artist | film director |
Writer | Artist | writer | Schriftsteller
Novelist | Writer | novelist |
Poet | Writer | poet |
Playwright | Writer | playwright |
ScreenWriter | Writer | screenwriter |
Songwriter | Writer | songwriter |
Journalist | Writer | journalist |
MusicalArtist | Artist | musical artist |
Singer | MusicalArtist | singer |
OperaSinger | Singer | opera singer |
SingerSongwriter | Singer; Songwriter | singer-songwriter |
Rapper | MusicalArtist | rapper |
Composer | MusicalArtist | composer | Komponist
FilmScoreComposer | Composer | film score composer |
Conductor | MusicalArtist | conductor |
Instrumentalist | MusicalArtist | instrumentalist |
Guitarist | Instrumentalist | guitarist |
Bassist | Instrumentalist | bassist |
Drummer | Instrumentalist | drummer |
Pianist | Instrumentalist | pianist |
Violinist | Instrumentalist | violinist |
Cellist | Instrumentalist | cellist |
Trumpeter | Instrumentalist | trumpeter |
Saxophonist | Instrumentalist | saxophonist |
Sitarist | Instrumentalist | sitarist |
Architect | Person | architect |
Engineer | Person | engineer |
Inventor | Person | inventor |
Athlete | Person | athlete |
SoccerPlayer | Athlete | soccer player |
BasketballPlayer | Athlete | basketball player |
TennisPlayer | Athlete | tennis player |
Swimmer | Athlete | swimmer |
Cyclist | Athlete | cyclist |
Boxer | Athlete | boxer |
GolfPlayer | Athlete | golf player |
Gymnast | Athlete | gymnast |
RacingDriver | Athlete | racing driver |
FormulaOneRacer | RacingDriver | Formula One racer |
AmericanFootballPlayer | Athlete | American football player |
BaseballPlayer | Athlete | baseball player |
IceHockeyPlayer | Athlete | ice hockey player |
Cricketer | Athlete | cricketer |
ChessPlayer | Athlete | chess player |
TrackAndFieldAthlete | Athlete | track and field athlete |
Sprinter | TrackAndFieldAthlete | sprinter |
Mountaineer | Person | mountaineer |
Politician | Person | politician |
President | Politician | president |
PrimeMinister | Politician | prime minister |
Chancellor | Politician | chancellor |
Revolutionary | Person | revolutionary |
Activist | Person | activist |
Judge | Person | judge |
Royalty | Person | royalty |
Monarch | Royalty | monarch |
Emperor | Monarch | emperor |
Pharaoh | Monarch | pharaoh |
MilitaryPerson | Person | military person |
Explorer | Person | explorer |
Aviator | Person | aviator |
Astronaut | Person | astronaut |
BusinessPerson | Person | businessperson |
Cleric | Person | cleric |
Pope | Cleric | pope |
ReligiousLeader | Person | religious leader |
Missionary | Person | missionary |
FictionalCharacter | Agent | fictional character |
ComicsCharacter | FictionalCharacter | comics character |
CartoonCharacter | FictionalCharacter | cartoon character |
VideoGameCharacter | FictionalCharacter | video game character |
Organisation | Agent | organisation |
Company | Organisation | company | Unternehmen
AutomobileManufacturer | Company | automobile manufacturer |
AerospaceManufacturer | Company | aerospace manufacturer |
Shipbuilder | Company | shipbuilder |
TechnologyCompany | Company | technology company |
SoftwareCompany | TechnologyCompany | software company |
SemiconductorCompany | TechnologyCompany | semiconductor company |
InternetCompany | TechnologyCompany | internet company |
ElectronicsCompany | TechnologyCompany | electronics company |
TelecommunicationsCompany | TechnologyCompany | telecommunications company |
VideoGameDeveloper | TechnologyCompany | video game developer |
MediaCompany | Company | media company |
FilmStudio | MediaCompany | film studio |
AnimationStudio | FilmStudio | animation studio |
RecordLabel | MediaCompany | record label |
Publisher | MediaCompany | publisher |
Airline | Company | airline |
Bank | Company | bank |
Retailer | Company | retailer |
FashionHouse | Company | fashion house |
SportswearCompany | Company | sportswear company |
FoodCompany | Company | food company |
Brewery | Company | brewery |
RestaurantChain | Company | restaurant chain |
ToyCompany | Company | toy company |
Conglomerate | Company | conglomerate |
EducationalInstitution | Organisation | educational institution |
University | EducationalInstitution | university | Universität
SportsTeam | Organisation | sports team |
SoccerClub | SportsTeam | soccer club |
NationalSoccerTeam | SportsTeam | national soccer team |
BasketballTeam | SportsTeam | basketball team |
AmericanFootballTeam | SportsTeam | American football team |
BaseballTeam | SportsTeam | baseball team |
IceHockeyTeam | SportsTeam | ice hockey team |
FormulaOneTeam | SportsTeam | Formula One team |
SportsLeague | Organisation | sports league |
SoccerLeague | SportsLeague | soccer league |
BasketballLeague | SportsLeague | basketball league |
AmericanFootballLeague | SportsLeague | American football league |
BaseballLeague | SportsLeague | baseball league |
IceHockeyLeague | SportsLeague | ice hockey league |
Group | Organisation | group |
Band | Group | band |
RockBand | Band | rock band |
HeavyMetalBand | RockBand | heavy metal band |
PoliticalParty | Organisation | political party |
InternationalOrganisation | Organisation | international organisation |
GovernmentAgency | Organisation | government agency |
SpaceAgency | GovernmentAgency | space agency |
NonProfitOrganisation | Organisation | non-profit organisation |
Broadcaster | Organisation | broadcaster |
ReligiousOrganisation | Organisation | religious organisation |
Place |  | place |
PopulatedPlace | Place | populated place |
Country | PopulatedPlace | country | Land
Settlement | PopulatedPlace | settlement |
City | Settlement | city | Stadt
CapitalCity | City | capital city | Hauptstadt
Town | Settlement | town |
Village | Settlement | village |
Region | PopulatedPlace | region |
AdministrativeRegion | Region | administrative region |
State | AdministrativeRegion | state |
Province | AdministrativeRegion | province |
SpecialAdministrativeRegion | AdministrativeRegion | special administrative region |
ConstituentCountry | Region | constituent country |
Continent | Place | continent |
NaturalPlace | Place | natural place |
BodyOfWater | NaturalPlace | body of water |
Stream | BodyOfWater | stream |
River | Stream | river | Fluss
Lake | BodyOfWater | lake | See
Sea | BodyOfWater | sea |
Ocean | BodyOfWater | ocean |
Bay | BodyOfWater | bay |
Gulf | BodyOfWater | gulf |
Strait | BodyOfWater | strait |
Waterfall | NaturalPlace | waterfall |
Mountain | NaturalPlace | mountain | Berg
Volcano | Mountain | volcano |
MountainRange | NaturalPlace | mountain range |
Island | NaturalPlace | island | Insel
Archipelago | NaturalPlace | archipelago |
Desert | NaturalPlace | desert |
Valley | NaturalPlace | valley |
Canyon | NaturalPlace | canyon |
Glacier | NaturalPlace | glacier |
Cave | NaturalPlace | cave |
Forest | NaturalPlace | forest |
Peninsula | NaturalPlace | peninsula |
Plateau | NaturalPlace | plateau |
CoralReef | NaturalPlace | coral reef |
ArchitecturalStructure | Place | architectural structure |
Building | ArchitecturalStructure | building |
ReligiousBuilding | Building | religious building |
Church | ReligiousBuilding | church | Kirche
Cathedral | Church | cathedral |
Basilica | Church | basilica |
Mosque | ReligiousBuilding | mosque |
Temple | ReligiousBuilding | temple |
Synagogue | ReligiousBuilding | synagogue |
Museum | Building | museum |
Skyscraper | Building | skyscraper |
Castle | Building | castle |
Palace | Building | palace |
Mausoleum | Building | mausoleum |
Hotel | Building | hotel |
House | Building | house |
GovernmentBuilding | Building | government building |
Venue | ArchitecturalStructure | venue |
Stadium | Venue | stadium |
Arena | Venue | arena |
Theatre | Venue | theatre |
OperaHouse | Theatre | opera house |
ConcertHall | Venue | concert hall |
Amphitheatre | Venue | amphitheatre |
Tower | ArchitecturalStructure | tower |
Bridge | ArchitecturalStructure | bridge |
Monument | ArchitecturalStructure | monument |
Pyramid | ArchitecturalStructure | pyramid |
Canal | ArchitecturalStructure | canal |
Dam | ArchitecturalStructure | dam |
Fortification | ArchitecturalStructure | fortification |
Airport | ArchitecturalStructure | airport |
HistoricPlace | Place | historic place |
AncientCity | HistoricPlace | ancient city |
ProtectedArea | Place | protected area |
NationalPark | ProtectedArea | national park |
CelestialBody | Place | celestial body |
Planet | CelestialBody | planet | Planet
TerrestrialPlanet | Planet | terrestrial planet |
GasGiant | Planet | gas giant |
IceGiant | Planet | ice giant |
DwarfPlanet | CelestialBody | dwarf planet |
Star | CelestialBody | star |
NaturalSatellite | CelestialBody | natural satellite |
Galaxy | CelestialBody | galaxy |
Comet | CelestialBody | comet |
Asteroid | CelestialBody | asteroid |
Constellation |  | constellation |
Work |  | work |
WrittenWork | Work | written work |
Book | WrittenWork | book | Buch
Novel | Book | novel | Roman
ScienceFictionNovel | Novel | science fiction novel |
FantasyNovel | Novel | fantasy novel |
DystopianNovel | Novel | dystopian novel |
DetectiveNovel | Novel | detective novel |
GothicNovel | Novel | gothic novel |
HistoricalNovel | Novel | historical novel |
Novella | Book | novella |
NonFictionBook | Book | non-fiction book |
ShortStoryCollection | Book | short story collection |
Poem | WrittenWork | poem |
EpicPoem | Poem | epic poem |
Play | WrittenWork | play |
ReligiousText | WrittenWork | religious text |
Comic | WrittenWork | comic |
Manga | Comic | manga |
Periodical | WrittenWork | periodical |
Newspaper | Periodical | newspaper |
Film | Work | film | Film
AnimatedFilm | Film | animated film |
TelevisionShow | Work | television show |
AnimatedSeries | TelevisionShow | animated series |
MusicalWork | Work | musical work |
Album | MusicalWork | album |
Song | MusicalWork | song |
ClassicalMusicComposition | MusicalWork | classical music composition |
Symphony | ClassicalMusicComposition | symphony |
Concerto | ClassicalMusicComposition | concerto |
Sonata | ClassicalMusicComposition | sonata |
Oratorio | ClassicalMusicComposition | oratorio |
Opera | MusicalWork | opera |
Ballet | MusicalWork | ballet |
Musical | MusicalWork | musical |
Artwork | Work | artwork |
Painting | Artwork | painting | Gemälde
Portrait | Painting | portrait |
Fresco | Painting | fresco |
Sculpture | Artwork | sculpture |
Software | Work | software |
OperatingSystem | Software | operating system |
VideoGame | Software | video game |
WebBrowser | Software | web browser |
Website | Work | website |
Event |  | event |
SocietalEvent | Event | societal event |
MilitaryConflict | SocietalEvent | military conflict |
War | MilitaryConflict | war |
Battle | MilitaryConflict | battle |
Revolution | SocietalEvent | revolution |
Festival | SocietalEvent | festival |
FilmFestival | Festival | film festival |
MusicFestival | Festival | music festival |
SportsEvent | Event | sports event |
MultiSportEvent | SportsEvent | multi-sport event |
Olympics | MultiSportEvent | olympic games |
SummerOlympics | Olympics | summer olympic games |
WinterOlympics | Olympics | winter olympic games |
SoccerTournament | SportsEvent | soccer tournament |
TennisTournament | SportsEvent | tennis tournament |
CyclingRace | SportsEvent | cycling race |
GrandPrix | SportsEvent | grand prix |
NaturalEvent | Event | natural event |
Earthquake | NaturalEvent | earthquake |
VolcanicEruption | NaturalEvent | volcanic eruption |
TropicalCyclone | NaturalEvent | tropical cyclone |
Disaster | Event | disaster |
SpaceMission | Event | space mission |
Species |  | species |
Eukaryote | Species | eukaryote |
Animal | Eukaryote | animal | Tier
Vertebrate | Animal | vertebrate |
Mammal | Vertebrate | mammal | Säugetier
Primate | Mammal | primate |
GreatApe | Primate | great ape |
Carnivoran | Mammal | carnivoran |
Felid | Carnivoran | felid |
Canid | Carnivoran | canid |
Bear | Carnivoran | bear |
Pinniped | Carnivoran | pinniped |
Mustelid | Carnivoran | mustelid |
Rodent | Mammal | rodent |
Cetacean | Mammal | cetacean |
EvenToedUngulate | Mammal | even-toed ungulate |
OddToedUngulate | Mammal | odd-toed ungulate |
Marsupial | Mammal | marsupial |
Monotreme | Mammal | monotreme |
Bat | Mammal | bat |
Proboscidean | Mammal | proboscidean |
Bird | Vertebrate | bird | Vogel
BirdOfPrey | Bird | bird of prey |
Penguin | Bird | penguin |
Parrot | Bird | parrot |
Ratite | Bird | ratite |
Reptile | Vertebrate | reptile |
Snake | Reptile | snake |
Crocodilian | Reptile | crocodilian |
Turtle | Reptile | turtle |
Lizard | Reptile | lizard |
Amphibian | Vertebrate | amphibian |
Frog | Amphibian | frog |
Salamander | Amphibian | salamander |
Fish | Vertebrate | fish |
Shark | Fish | shark |
Invertebrate | Animal | invertebrate |
Arthropod | Invertebrate | arthropod |
Insect | Arthropod | insect |
Butterfly | Insect | butterfly |
Beetle | Insect | beetle |
Bee | Insect | bee |
Ant | Insect | ant |
Arachnid | Arthropod | arachnid |
Crustacean | Arthropod | crustacean |
Mollusc | Invertebrate | mollusc |
Cephalopod | Mollusc | cephalopod |
Cnidarian | Invertebrate | cnidarian |
Plant | Eukaryote | plant | Pflanze
FloweringPlant | Plant | flowering plant |
Cactus | FloweringPlant | cactus |
Orchid | FloweringPlant | orchid |
Grass | FloweringPlant | grass |
Gymnosperm | Plant | gymnosperm |
Conifer | Gymnosperm | conifer |
Fern | Plant | fern |
Fungus | Eukaryote | fungus |
Bacterium | Species | bacterium |
Language |  | language | Sprache
ProgrammingLanguage | Language | programming language |
ConstructedLanguage | Language | constructed language |
ClassicalLanguage | Language | classical language |
LanguageFamily |  | language family |
Currency |  | currency |
TopicalConcept |  | topical concept |
Genre | TopicalConcept | genre |
MusicGenre | Genre | music genre |
Religion | TopicalConcept | religion |
Activity |  | activity |
Sport | Activity | sport |
TeamSport | Sport | team sport |
RacketSport | Sport | racket sport |
CombatSport | Sport | combat sport |
Device |  | device |
Instrument | Device | musical instrument |
StringInstrument | Instrument | string instrument |
WindInstrument | Instrument | wind instrument |
BrassInstrument | WindInstrument | brass instrument |
WoodwindInstrument | WindInstrument | woodwind instrument |
PercussionInstrument | Instrument | percussion instrument |
KeyboardInstrument | Instrument | keyboard instrument |
Weapon | Device | weapon |
MeanOfTransportation |  | mean of transportation |
Automobile | MeanOfTransportation | automobile |
Aircraft | MeanOfTransportation | aircraft |
Ship | MeanOfTransportation | ship |
Spacecraft | MeanOfTransportation | spacecraft |
SpaceTelescope | Spacecraft | space telescope |
SpaceStation | Spacecraft | space station |
ChemicalSubstance |  | chemical substance |
ChemicalElement | ChemicalSubstance | chemical element |
Metal | ChemicalElement | metal |
AlkaliMetal | Metal | alkali metal |
AlkalineEarthMetal | Metal | alkaline earth metal |
TransitionMetal | Metal | transition metal |
PostTransitionMetal | Metal | post-transition metal |
Lanthanide | Metal | lanthanide |
Actinide | Metal | actinide |
Nonmetal | ChemicalElement | nonmetal |
NobleGas | ChemicalElement | noble gas |
Halogen | ChemicalElement | halogen |
Metalloid | ChemicalElement | metalloid |
ChemicalCompound | ChemicalSubstance | chemical compound |
Drug | ChemicalCompound | drug |
Award |  | award |
NobelPrize | Award | nobel prize |
FilmAward | Award | film award |
SportsAward | Award | sports award |
ScienceAward | Award | science award |
"""

# ---------------------------------------------------------------------------
# Object properties: name | domain | range | superproperty | label | pattern
# Domains and ranges hold for every triple below (checked by this script), so
# an RDFS reasoner (rdfs2/rdfs3/rdfs7) only infers true statements.
# ---------------------------------------------------------------------------
OBJECT_PROPERTIES = """
locatedIn | Place | Place | | located in | [X] is located in [Y] .
country | Place | Country | locatedIn | country | [X] is located in the country of [Y] .
continent | Place | Continent | locatedIn | continent | [X] is located on the continent of [Y] .
region | Place | Region | locatedIn | region | [X] is located in the region of [Y] .
locationCity | Place | Settlement | locatedIn | location city | [X] is located in the city of [Y] .
mountainRange | Mountain | MountainRange | locatedIn | mountain range | [X] is part of the mountain range [Y] .
galaxy | Star | Galaxy | locatedIn | galaxy | [X] is a star in [Y] .
capital | PopulatedPlace | City | | capital | The capital of [X] is [Y] .
largestCity | PopulatedPlace | City | | largest city | The largest city of [X] is [Y] .
language | Country | Language | | language | [Y] is spoken in [X] .
officialLanguage | Country | Language | language | official language | [Y] is an official language of [X] .
currency | Country | Currency | | currency | The currency of [X] is the [Y] .
borders | Country | Country | | borders | [X] shares a border with [Y] .
memberOf | Country | Organisation | | member of | [X] is a member of [Y] .
highestPoint | Place | Mountain | | highest point | The highest point of [X] is [Y] .
flowsThrough | River | Country | | flows through | [X] flows through [Y] .
mouth | River | BodyOfWater | | river mouth | [X] flows into [Y] .
connects | Place | BodyOfWater | | connects | [X] connects to [Y] .
crosses | ArchitecturalStructure | BodyOfWater | | crosses | [X] crosses [Y] .
architect | ArchitecturalStructure | Person | | architect | [X] was designed by the architect [Y] .
firstAscent | Mountain | Person | | first ascent | [X] was first climbed by [Y] .
nativeTo | Species | Place | | native to | [X] is native to [Y] .
orbits | CelestialBody | CelestialBody | | orbits | [X] orbits [Y] .
discoverer | CelestialBody | Person | | discoverer | [X] was discovered by [Y] .
constellation | CelestialBody | Constellation | | constellation | [X] is located in the constellation [Y] .
substanceDiscoverer | ChemicalSubstance | Person | | substance discoverer | [X] was discovered by [Y] .
birthPlace | Person | Place | | birth place | [X] was born in [Y] .
deathPlace | Person | Place | | death place | [X] died in [Y] .
nationality | Person | Country | | nationality | [X] is a citizen of [Y] .
spouse | Person | Person | | spouse | [X] was married to [Y] .
relative | Person | Person | | relative | [X] is a relative of [Y] .
parent | Person | Person | relative | parent | [Y] is a parent of [X] .
father | Person | Person | parent | father | The father of [X] is [Y] .
mother | Person | Person | parent | mother | The mother of [X] is [Y] .
sibling | Person | Person | relative | sibling | [X] is a sibling of [Y] .
influencedBy | Person | Person | | influenced by | [X] was influenced by [Y] .
teacher | Person | Person | | teacher | [X] was taught by [Y] .
successor | Person | Person | | successor | [X] was succeeded by [Y] .
almaMater | Person | EducationalInstitution | | alma mater | [X] studied at [Y] .
award | Person | Award | | award | [X] received the [Y] .
party | Person | PoliticalParty | | political party | [X] was a member of [Y] .
team | Athlete | SportsTeam | | team | [X] played for [Y] .
instrument | MusicalArtist | Instrument | | instrument | [X] plays the [Y] .
genre | Agent | MusicGenre | | genre | [X] is known for [Y] .
bandMember | Band | Person | | band member | [Y] is a member of [X] .
hometown | Band | Settlement | | hometown | [X] was formed in [Y] .
creator | Work | Agent | | creator | [X] was created by [Y] .
author | WrittenWork | Person | creator | author | [X] was written by [Y] .
director | Film | Person | creator | director | [X] was directed by [Y] .
composer | MusicalWork | Person | creator | composer | [X] was composed by [Y] .
artist | Artwork | Person | creator | artist | [X] is a work by [Y] .
painter | Painting | Person | artist | painter | [X] was painted by [Y] .
sculptor | Sculpture | Person | artist | sculptor | [X] was sculpted by [Y] .
developer | Software | Agent | creator | developer | [X] was developed by [Y] .
performer | MusicalWork | Agent | | performer | [X] was recorded by [Y] .
starring | Film | Person | | starring | [Y] starred in [X] .
musicComposer | Film | Person | | music composer | The music for [X] was composed by [Y] .
productionCompany | Film | Company | | production company | [X] was produced by [Y] .
basedOn | Work | Work | | based on | [X] is based on [Y] .
subsequentWork | Work | Work | | subsequent work | [X] was followed by [Y] .
originalLanguage | Work | Language | | original language | The original language of [X] is [Y] .
museum | Artwork | Museum | | museum | [X] is displayed at [Y] .
characterCreator | FictionalCharacter | Person | | character creator | [X] was created by [Y] .
appearsIn | FictionalCharacter | Work | | appears in | [X] appears in [Y] .
basedIn | Organisation | Place | | based in | [X] is based in [Y] .
headquarter | Company | Settlement | basedIn | headquarters | [X] is headquartered in [Y] .
foundedBy | Organisation | Agent | | founded by | [X] was founded by [Y] .
parentCompany | Company | Company | | parent company | [X] is a subsidiary of [Y] .
ground | SportsTeam | Venue | | home ground | [X] plays its home games at [Y] .
league | SportsTeam | SportsLeague | | league | [X] plays in [Y] .
sport | SportsTeam | Sport | | sport | [X] plays [Y] .
manufacturer | MeanOfTransportation | Organisation | | manufacturer | [X] is manufactured by [Y] .
operator | Spacecraft | Organisation | | operator | [X] is operated by [Y] .
inventor | Device | Person | | inventor | [X] was invented by [Y] .
place | Event | Place | | place | [X] took place in [Y] .
hostCity | Olympics | Settlement | place | host city | [X] were held in [Y] .
hostCountry | SportsEvent | Country | place | host country | [X] was hosted by [Y] .
winner | SportsEvent | Agent | | winner | [X] was won by [Y] .
commander | MilitaryConflict | Person | | commander | [Y] was a commander in [X] .
partOf | Event | Event | | part of | [X] was part of [Y] .
crewMember | SpaceMission | Person | | crew member | [Y] was a crew member of [X] .
eruptingVolcano | VolcanicEruption | Volcano | | erupting volcano | [X] was an eruption of [Y] .
languageFamily | Language | LanguageFamily | | language family | [X] belongs to the [Y] .
parentFamily | LanguageFamily | LanguageFamily | | parent language family | [X] are a branch of the [Y] .
designer | Language | Agent | | designer | [X] was designed by [Y] .
religiousFounder | Religion | Person | | founder of religion | [X] was founded by [Y] .
"""

# Datatype properties: name | domain | xsd range | label
DATATYPE_PROPERTIES = """
birthYear | Person | gYear | birth year
deathYear | Person | gYear | death year
foundingYear | Organisation | gYear | founding year
releaseYear | Work | gYear | release year
atomicNumber | ChemicalElement | positiveInteger | atomic number
"""

# ---------------------------------------------------------------------------
# Geography: continents, countries, regions, settlements
# ---------------------------------------------------------------------------
BLOCKS.append("""
!class Continent
Africa
Antarctica
Asia
Europe
North America
South America
Oceania
""")

BLOCKS.append("""
!class Currency
euro
pound sterling
Swiss franc
Polish złoty {Polish_zloty}
Czech koruna
Hungarian forint
Romanian leu
Bulgarian lev
Serbian dinar
Swedish krona
Norwegian krone
Danish krone
Icelandic króna {Icelandic_krona}
Ukrainian hryvnia
Belarusian ruble
Russian ruble
Turkish lira
Albanian lek
Macedonian denar
Armenian dram
Azerbaijani manat
renminbi
Japanese yen
South Korean won
North Korean won
Indian rupee
Pakistani rupee
Bangladeshi taka
Indonesian rupiah
Thai baht
Vietnamese đồng {Vietnamese_dong}
Philippine peso
Malaysian ringgit
Singapore dollar
Iranian rial
Iraqi dinar
Saudi riyal
Israeli new shekel
Jordanian dinar
Syrian pound
Lebanese pound
United Arab Emirates dirham
Qatari riyal
Kuwaiti dinar
Afghan afghani
Nepalese rupee
Sri Lankan rupee
Mongolian tögrög {Mongolian_togrog}
Kazakhstani tenge
Uzbekistani som
Myanmar kyat
Cambodian riel
Lao kip
Egyptian pound
Nigerian naira
South African rand
Kenyan shilling
Ethiopian birr
Moroccan dirham
Algerian dinar
Tunisian dinar
Libyan dinar
Ghanaian cedi
Tanzanian shilling
Ugandan shilling
West African CFA franc
Central African CFA franc
Congolese franc
Angolan kwanza
Mozambican metical
Malagasy ariary
Sudanese pound
South Sudanese pound
Rwandan franc
Burundian franc
Zambian kwacha
Namibian dollar
Botswana pula
Somali shilling
Malawian kwacha
United States dollar
Canadian dollar
Mexican peso
Cuban peso
Jamaican dollar
Guatemalan quetzal
Panamanian balboa
Costa Rican colón {Costa_Rican_colon}
Haitian gourde
Dominican peso
Honduran lempira
Nicaraguan córdoba {Nicaraguan_cordoba}
Barbadian dollar
Trinidad and Tobago dollar
Brazilian real
Argentine peso
Chilean peso
Colombian peso
Peruvian sol
Venezuelan bolívar {Venezuelan_bolivar}
boliviano
Uruguayan peso
Paraguayan guaraní {Paraguayan_guarani}
Australian dollar
New Zealand dollar
Fijian dollar
Papua New Guinean kina
Samoan tālā {Samoan_tala}
""")

BLOCKS.append("""
!class Country
!cols label | capital | continent | officialLanguage | language | currency | largestCity
France | Paris | Europe | French | | euro | Paris
Germany | Berlin | Europe | German | | euro | Berlin
Italy | Rome | Europe | Italian | | euro | Rome
Spain | Madrid | Europe | Spanish | | euro | Madrid
Portugal | Lisbon | Europe | Portuguese | | euro | Lisbon
United Kingdom | London | Europe | | English | pound sterling | London
Ireland | Dublin | Europe | Irish; English | | euro | Dublin
Netherlands | Amsterdam | Europe | Dutch | | euro | Amsterdam
Belgium | Brussels | Europe | Dutch; French; German | | euro |
Luxembourg | | Europe | Luxembourgish; French; German | | euro |
Switzerland | Bern | Europe | German; French; Italian; Romansh | | Swiss franc | Zurich
Austria | Vienna | Europe | German | | euro | Vienna
Poland | Warsaw | Europe | Polish | | Polish złoty | Warsaw
Czech Republic | Prague | Europe | Czech | | Czech koruna | Prague
Slovakia | Bratislava | Europe | Slovak | | euro | Bratislava
Hungary | Budapest | Europe | Hungarian | | Hungarian forint | Budapest
Romania | Bucharest | Europe | Romanian | | Romanian leu | Bucharest
Bulgaria | Sofia | Europe | Bulgarian | | Bulgarian lev | Sofia
Greece | Athens | Europe | Greek | | euro | Athens
Croatia | Zagreb | Europe | Croatian | | euro | Zagreb
Serbia | Belgrade | Europe | Serbian | | Serbian dinar | Belgrade
Slovenia | Ljubljana | Europe | Slovene | | euro | Ljubljana
Sweden | Stockholm | Europe | Swedish | | Swedish krona | Stockholm
Norway | Oslo | Europe | Norwegian | | Norwegian krone | Oslo
Denmark | Copenhagen | Europe | Danish | | Danish krone | Copenhagen
Finland | Helsinki | Europe | Finnish; Swedish | | euro | Helsinki
Iceland | Reykjavík | Europe | Icelandic | | Icelandic króna | Reykjavík
Estonia | Tallinn | Europe | Estonian | | euro | Tallinn
Latvia | Riga | Europe | Latvian | | euro | Riga
Lithuania | Vilnius | Europe | Lithuanian | | euro | Vilnius
Ukraine | Kyiv | Europe | Ukrainian | | Ukrainian hryvnia | Kyiv
Belarus | Minsk | Europe | Belarusian; Russian | | Belarusian ruble | Minsk
Russia | Moscow | Europe; Asia | Russian | | Russian ruble | Moscow
Turkey | Ankara | Europe; Asia | Turkish | | Turkish lira | Istanbul
Albania | Tirana | Europe | Albanian | | Albanian lek | Tirana
Malta | Valletta | Europe | Maltese; English | | euro |
Cyprus | Nicosia | | Greek; Turkish | | euro | Nicosia
Monaco | | Europe | French | | euro |
Vatican City | | Europe | | | euro |
Montenegro | Podgorica | Europe | Montenegrin | | euro | Podgorica
North Macedonia | Skopje | Europe | Macedonian; Albanian | | Macedonian denar | Skopje
Armenia | Yerevan | Asia | Armenian | | Armenian dram | Yerevan
Azerbaijan | Baku | Asia | Azerbaijani | | Azerbaijani manat | Baku
China | Beijing | Asia | Mandarin Chinese | | renminbi | Shanghai
Japan | Tokyo | Asia | | Japanese | Japanese yen | Tokyo
South Korea | Seoul | Asia | Korean | | South Korean won | Seoul
North Korea | Pyongyang | Asia | Korean | | North Korean won | Pyongyang
India | New Delhi | Asia | Hindi; English | | Indian rupee |
Pakistan | Islamabad | Asia | Urdu; English | | Pakistani rupee | Karachi
Bangladesh | Dhaka | Asia | Bengali | | Bangladeshi taka | Dhaka
Indonesia | Jakarta | Asia | Indonesian | | Indonesian rupiah | Jakarta
Thailand | Bangkok | Asia | Thai | | Thai baht | Bangkok
Vietnam | Hanoi | Asia | Vietnamese | | Vietnamese đồng | Ho Chi Minh City
Philippines | Manila | Asia | Filipino; English | | Philippine peso |
Malaysia | Kuala Lumpur | Asia | Malay | | Malaysian ringgit | Kuala Lumpur
Singapore | | Asia | English; Malay; Mandarin Chinese; Tamil | | Singapore dollar |
Iran | Tehran | Asia | Persian | | Iranian rial | Tehran
Iraq | Baghdad | Asia | Arabic; Kurdish | | Iraqi dinar | Baghdad
Saudi Arabia | Riyadh | Asia | Arabic | | Saudi riyal | Riyadh
Israel | | Asia | Hebrew | | Israeli new shekel |
Jordan | Amman | Asia | Arabic | | Jordanian dinar | Amman
Syria | Damascus | Asia | Arabic | | Syrian pound |
Lebanon | Beirut | Asia | Arabic | | Lebanese pound | Beirut
United Arab Emirates | Abu Dhabi | Asia | Arabic | | United Arab Emirates dirham | Dubai
Qatar | Doha | Asia | Arabic | | Qatari riyal | Doha
Kuwait | Kuwait City | Asia | Arabic | | Kuwaiti dinar |
Afghanistan | Kabul | Asia | Pashto; Dari | | Afghan afghani | Kabul
Nepal | Kathmandu | Asia | Nepali | | Nepalese rupee | Kathmandu
Sri Lanka | | Asia | Sinhala; Tamil | | Sri Lankan rupee | Colombo
Mongolia | Ulaanbaatar | Asia | Mongolian | | Mongolian tögrög | Ulaanbaatar
Kazakhstan | Astana | Asia | Kazakh | Russian | Kazakhstani tenge | Almaty
Uzbekistan | Tashkent | Asia | Uzbek | | Uzbekistani som | Tashkent
Myanmar | Naypyidaw | Asia | Burmese | | Myanmar kyat | Yangon
Cambodia | Phnom Penh | Asia | Khmer | | Cambodian riel | Phnom Penh
Laos | Vientiane | Asia | Lao | | Lao kip | Vientiane
Egypt | Cairo | Africa | Arabic | | Egyptian pound | Cairo
Nigeria | Abuja | Africa | English | | Nigerian naira | Lagos
South Africa | | Africa | English; Afrikaans; Zulu; Xhosa | | South African rand | Johannesburg
Kenya | Nairobi | Africa | Swahili; English | | Kenyan shilling | Nairobi
Ethiopia | Addis Ababa | Africa | | Amharic | Ethiopian birr | Addis Ababa
Morocco | Rabat | Africa | Arabic | | Moroccan dirham | Casablanca
Algeria | Algiers | Africa | Arabic | | Algerian dinar | Algiers
Tunisia | Tunis | Africa | Arabic | | Tunisian dinar | Tunis
Libya | Tripoli | Africa | Arabic | | Libyan dinar | Tripoli
Ghana | Accra | Africa | English | | Ghanaian cedi |
Tanzania | Dodoma | Africa | Swahili | | Tanzanian shilling | Dar es Salaam
Uganda | Kampala | Africa | English; Swahili | | Ugandan shilling | Kampala
Senegal | Dakar | Africa | French | | West African CFA franc | Dakar
Ivory Coast | Yamoussoukro | Africa | French | | West African CFA franc | Abidjan
Democratic Republic of the Congo | Kinshasa | Africa | French | | Congolese franc | Kinshasa
Republic of the Congo | Brazzaville | Africa | French | | Central African CFA franc | Brazzaville
Angola | Luanda | Africa | Portuguese | | Angolan kwanza | Luanda
Mozambique | Maputo | Africa | Portuguese | | Mozambican metical | Maputo
Zimbabwe | Harare | Africa | | | | Harare
Madagascar | Antananarivo | Africa | Malagasy; French | | Malagasy ariary | Antananarivo
Sudan | Khartoum | Africa | Arabic | | Sudanese pound |
South Sudan | Juba | Africa | English | | South Sudanese pound | Juba
Rwanda | Kigali | Africa | Kinyarwanda; English; French; Swahili | | Rwandan franc | Kigali
Burundi | Gitega | Africa | | | Burundian franc |
Zambia | Lusaka | Africa | English | | Zambian kwacha | Lusaka
Mali | Bamako | Africa | | | West African CFA franc | Bamako
Niger | Niamey | Africa | | | West African CFA franc | Niamey
Chad | N'Djamena | Africa | French; Arabic | | Central African CFA franc | N'Djamena
Cameroon | Yaoundé | Africa | French; English | | Central African CFA franc |
Namibia | Windhoek | Africa | English | | Namibian dollar | Windhoek
Botswana | Gaborone | Africa | English | | Botswana pula | Gaborone
Somalia | Mogadishu | Africa | Somali; Arabic | | Somali shilling | Mogadishu
Malawi | Lilongwe | Africa | English | | Malawian kwacha |
United States | Washington, D.C. | North America | | English | United States dollar | New York City
Canada | Ottawa | North America | English; French | | Canadian dollar | Toronto
Mexico | Mexico City | North America | | Spanish | Mexican peso | Mexico City
Cuba | Havana | North America | Spanish | | Cuban peso | Havana
Jamaica | Kingston | North America | English | | Jamaican dollar | Kingston
Guatemala | Guatemala City | North America | Spanish | | Guatemalan quetzal | Guatemala City
Panama | Panama City | North America | Spanish | | Panamanian balboa; United States dollar | Panama City
Costa Rica | San José, Costa Rica | North America | Spanish | | Costa Rican colón | San José, Costa Rica
Haiti | Port-au-Prince | North America | French; Haitian Creole | | Haitian gourde | Port-au-Prince
Dominican Republic | Santo Domingo | North America | Spanish | | Dominican peso | Santo Domingo
Honduras | Tegucigalpa | North America | Spanish | | Honduran lempira | Tegucigalpa
Nicaragua | Managua | North America | Spanish | | Nicaraguan córdoba | Managua
El Salvador | San Salvador | North America | Spanish | | United States dollar |
Barbados | Bridgetown | North America | English | | Barbadian dollar | Bridgetown
Trinidad and Tobago | Port of Spain | North America | English | | Trinidad and Tobago dollar |
Brazil | Brasília | South America | Portuguese | | Brazilian real | São Paulo
Argentina | Buenos Aires | South America | | Spanish | Argentine peso | Buenos Aires
Chile | Santiago | South America | | Spanish | Chilean peso | Santiago
Colombia | Bogotá | South America | Spanish | | Colombian peso | Bogotá
Peru | Lima | South America | Spanish; Quechua; Aymara | | Peruvian sol | Lima
Venezuela | Caracas | South America | Spanish | | Venezuelan bolívar |
Ecuador | Quito | South America | Spanish | | United States dollar |
Bolivia | | South America | Spanish; Quechua; Aymara; Guarani | | boliviano |
Uruguay | Montevideo | South America | | Spanish | Uruguayan peso | Montevideo
Paraguay | Asunción | South America | Spanish; Guarani | | Paraguayan guaraní |
Australia | Canberra | Oceania | | English | Australian dollar |
New Zealand | Wellington | Oceania | Māori | English | New Zealand dollar | Auckland
Fiji | Suva | Oceania | English; Fijian | | Fijian dollar | Suva
Papua New Guinea | Port Moresby | Oceania | English; Tok Pisin | | Papua New Guinean kina | Port Moresby
Samoa | Apia | Oceania | Samoan; English | | Samoan tālā | Apia
""")

BLOCKS.append("""
!cols label | class | country | capital | largestCity
California | State | United States | Sacramento | Los Angeles
Texas | State | United States | Austin, Texas | Houston
New York (state) | State | United States | Albany, New York | New York City
Florida | State | United States | Tallahassee |
Illinois | State | United States | Springfield, Illinois | Chicago
Pennsylvania | State | United States | Harrisburg, Pennsylvania | Philadelphia
Massachusetts | State | United States | Boston | Boston
Washington (state) | State | United States | Olympia, Washington | Seattle
Michigan | State | United States | Lansing, Michigan | Detroit
Ohio | State | United States | Columbus, Ohio | Columbus, Ohio
Tennessee | State | United States | Nashville |
Minnesota | State | United States | Saint Paul, Minnesota | Minneapolis
Colorado | State | United States | Denver | Denver
Arizona | State | United States | Phoenix, Arizona | Phoenix, Arizona
Hawaii | State | United States | Honolulu | Honolulu
Utah | State | United States | Salt Lake City | Salt Lake City
Louisiana | State | United States | Baton Rouge, Louisiana | New Orleans
Nevada | State | United States | Carson City, Nevada | Las Vegas
Oregon | State | United States | Salem, Oregon | Portland, Oregon
Virginia | State | United States | Richmond, Virginia |
Indiana | State | United States | Indianapolis | Indianapolis
Wisconsin | State | United States | Madison, Wisconsin | Milwaukee
Missouri | State | United States | Jefferson City, Missouri |
Maryland | State | United States | Annapolis, Maryland | Baltimore
New Jersey | State | United States | Trenton, New Jersey | Newark, New Jersey
Connecticut | State | United States | Hartford, Connecticut |
Rhode Island | State | United States | Providence, Rhode Island | Providence, Rhode Island
Alaska | State | United States | Juneau, Alaska |
Kentucky | State | United States | Frankfort, Kentucky |
Oklahoma | State | United States | Oklahoma City | Oklahoma City
Nebraska | State | United States | Lincoln, Nebraska | Omaha, Nebraska
Iowa | State | United States | Des Moines, Iowa | Des Moines, Iowa
Alabama | State | United States | Montgomery, Alabama |
Arkansas | State | United States | Little Rock, Arkansas | Little Rock, Arkansas
Mississippi | State | United States | Jackson, Mississippi | Jackson, Mississippi
Idaho | State | United States | Boise, Idaho | Boise, Idaho
Wyoming | State | United States | Cheyenne, Wyoming | Cheyenne, Wyoming
New Mexico | State | United States | Santa Fe, New Mexico |
South Carolina | State | United States | Columbia, South Carolina |
North Carolina | State | United States | Raleigh, North Carolina |
New Hampshire | State | United States | Concord, New Hampshire |
Maine | State | United States | Augusta, Maine | Portland, Maine
Kansas | State | United States | Topeka, Kansas |
Vermont | State | United States | Montpelier, Vermont |
Bavaria | State | Germany | Munich | Munich
Baden-Württemberg | State | Germany | Stuttgart | Stuttgart
Hesse | State | Germany | Wiesbaden | Frankfurt
North Rhine-Westphalia | State | Germany | Düsseldorf | Cologne
Saxony | State | Germany | Dresden |
Lower Saxony | State | Germany | Hanover | Hanover
Thuringia | State | Germany | Erfurt | Erfurt
Schleswig-Holstein | State | Germany | Kiel |
Rhineland-Palatinate | State | Germany | Mainz |
Saxony-Anhalt | State | Germany | Magdeburg |
Mecklenburg-Vorpommern | State | Germany | Schwerin | Rostock
Brandenburg | State | Germany | Potsdam | Potsdam
New South Wales | State | Australia | Sydney | Sydney
Queensland | State | Australia | Brisbane | Brisbane
Western Australia | State | Australia | Perth | Perth
South Australia | State | Australia | Adelaide | Adelaide
Ontario | Province | Canada | Toronto | Toronto
Quebec | Province | Canada | Quebec City | Montreal
British Columbia | Province | Canada | Victoria, British Columbia | Vancouver
Alberta | Province | Canada | Edmonton | Calgary
England | ConstituentCountry | United Kingdom | | London
Scotland | ConstituentCountry | United Kingdom | Edinburgh | Glasgow
Wales | ConstituentCountry | United Kingdom | Cardiff | Cardiff
Northern Ireland | ConstituentCountry | United Kingdom | Belfast | Belfast
Île-de-France {Ile_de_France} | AdministrativeRegion | France | Paris | Paris
Normandy | AdministrativeRegion | France | Rouen |
Brittany | AdministrativeRegion | France | Rennes | Rennes
Provence-Alpes-Côte d'Azur | AdministrativeRegion | France | Marseille | Marseille
Lazio | AdministrativeRegion | Italy | Rome | Rome
Lombardy | AdministrativeRegion | Italy | Milan | Milan
Tuscany | AdministrativeRegion | Italy | Florence | Florence
Veneto | AdministrativeRegion | Italy | Venice |
Campania | AdministrativeRegion | Italy | Naples | Naples
Piedmont | AdministrativeRegion | Italy | Turin | Turin
Emilia-Romagna | AdministrativeRegion | Italy | Bologna | Bologna
Liguria | AdministrativeRegion | Italy | Genoa | Genoa
Catalonia | AdministrativeRegion | Spain | Barcelona | Barcelona
Andalusia | AdministrativeRegion | Spain | Seville | Seville
Hong Kong | SpecialAdministrativeRegion | China | |
Macau | SpecialAdministrativeRegion | China | |
""")

# Settlements: label | class | country | region
BLOCKS.append("""
!cols label | class | country | region
Paris | CapitalCity | France | Île-de-France
Berlin | CapitalCity | Germany |
Rome | CapitalCity | Italy | Lazio
Madrid | CapitalCity | Spain |
Lisbon | CapitalCity | Portugal |
London | CapitalCity | United Kingdom | England
Dublin | CapitalCity | Ireland |
Amsterdam | CapitalCity | Netherlands |
Brussels | CapitalCity | Belgium |
Bern | CapitalCity | Switzerland |
Vienna | CapitalCity | Austria |
Warsaw | CapitalCity | Poland |
Prague | CapitalCity | Czech Republic |
Bratislava | CapitalCity | Slovakia |
Budapest | CapitalCity | Hungary |
Bucharest | CapitalCity | Romania |
Sofia | CapitalCity | Bulgaria |
Athens | CapitalCity | Greece |
Zagreb | CapitalCity | Croatia |
Belgrade | CapitalCity | Serbia |
Ljubljana | CapitalCity | Slovenia |
Stockholm | CapitalCity | Sweden |
Oslo | CapitalCity | Norway |
Copenhagen | CapitalCity | Denmark |
Helsinki | CapitalCity | Finland |
Reykjavík | CapitalCity | Iceland |
Tallinn | CapitalCity | Estonia |
Riga | CapitalCity | Latvia |
Vilnius | CapitalCity | Lithuania |
Kyiv | CapitalCity | Ukraine |
Minsk | CapitalCity | Belarus |
Moscow | CapitalCity | Russia |
Ankara | CapitalCity | Turkey |
Tirana | CapitalCity | Albania |
Valletta | CapitalCity | Malta |
Nicosia | CapitalCity | Cyprus |
Podgorica | CapitalCity | Montenegro |
Skopje | CapitalCity | North Macedonia |
Yerevan | CapitalCity | Armenia |
Baku | CapitalCity | Azerbaijan |
Beijing | CapitalCity | China |
Tokyo | CapitalCity | Japan |
Seoul | CapitalCity | South Korea |
Pyongyang | CapitalCity | North Korea |
New Delhi | CapitalCity | India |
Islamabad | CapitalCity | Pakistan |
Dhaka | CapitalCity | Bangladesh |
Jakarta | CapitalCity | Indonesia |
Bangkok | CapitalCity | Thailand |
Hanoi | CapitalCity | Vietnam |
Manila | CapitalCity | Philippines |
Kuala Lumpur | CapitalCity | Malaysia |
Tehran | CapitalCity | Iran |
Baghdad | CapitalCity | Iraq |
Riyadh | CapitalCity | Saudi Arabia |
Amman | CapitalCity | Jordan |
Damascus | CapitalCity | Syria |
Beirut | CapitalCity | Lebanon |
Abu Dhabi | CapitalCity | United Arab Emirates |
Doha | CapitalCity | Qatar |
Kuwait City | CapitalCity | Kuwait |
Kabul | CapitalCity | Afghanistan |
Kathmandu | CapitalCity | Nepal |
Ulaanbaatar | CapitalCity | Mongolia |
Astana | CapitalCity | Kazakhstan |
Tashkent | CapitalCity | Uzbekistan |
Naypyidaw | CapitalCity | Myanmar |
Phnom Penh | CapitalCity | Cambodia |
Vientiane | CapitalCity | Laos |
Cairo | CapitalCity | Egypt |
Abuja | CapitalCity | Nigeria |
Nairobi | CapitalCity | Kenya |
Addis Ababa | CapitalCity | Ethiopia |
Rabat | CapitalCity | Morocco |
Algiers | CapitalCity | Algeria |
Tunis | CapitalCity | Tunisia |
Tripoli | CapitalCity | Libya |
Accra | CapitalCity | Ghana |
Dodoma | CapitalCity | Tanzania |
Kampala | CapitalCity | Uganda |
Dakar | CapitalCity | Senegal |
Yamoussoukro | CapitalCity | Ivory Coast |
Kinshasa | CapitalCity | Democratic Republic of the Congo |
Brazzaville | CapitalCity | Republic of the Congo |
Luanda | CapitalCity | Angola |
Maputo | CapitalCity | Mozambique |
Harare | CapitalCity | Zimbabwe |
Antananarivo | CapitalCity | Madagascar |
Khartoum | CapitalCity | Sudan |
Juba | CapitalCity | South Sudan |
Kigali | CapitalCity | Rwanda |
Gitega | CapitalCity | Burundi |
Lusaka | CapitalCity | Zambia |
Bamako | CapitalCity | Mali |
Niamey | CapitalCity | Niger |
N'Djamena | CapitalCity | Chad |
Yaoundé | CapitalCity | Cameroon |
Windhoek | CapitalCity | Namibia |
Gaborone | CapitalCity | Botswana |
Mogadishu | CapitalCity | Somalia |
Lilongwe | CapitalCity | Malawi |
Washington, D.C. | CapitalCity | United States |
Ottawa | CapitalCity | Canada | Ontario
Mexico City | CapitalCity | Mexico |
Havana | CapitalCity | Cuba |
Kingston | CapitalCity | Jamaica |
Guatemala City | CapitalCity | Guatemala |
Panama City | CapitalCity | Panama |
San José, Costa Rica | CapitalCity | Costa Rica |
Port-au-Prince | CapitalCity | Haiti |
Santo Domingo | CapitalCity | Dominican Republic |
Tegucigalpa | CapitalCity | Honduras |
Managua | CapitalCity | Nicaragua |
San Salvador | CapitalCity | El Salvador |
Bridgetown | CapitalCity | Barbados |
Port of Spain | CapitalCity | Trinidad and Tobago |
Brasília | CapitalCity | Brazil |
Buenos Aires | CapitalCity | Argentina |
Santiago | CapitalCity | Chile |
Bogotá | CapitalCity | Colombia |
Lima | CapitalCity | Peru |
Caracas | CapitalCity | Venezuela |
Quito | CapitalCity | Ecuador |
Montevideo | CapitalCity | Uruguay |
Asunción | CapitalCity | Paraguay |
Canberra | CapitalCity | Australia |
Wellington | CapitalCity | New Zealand |
Suva | CapitalCity | Fiji |
Port Moresby | CapitalCity | Papua New Guinea |
Apia | CapitalCity | Samoa |
# --- United States
New York City | City | United States | New York (state)
Los Angeles | City | United States | California
Chicago | City | United States | Illinois
Houston | City | United States | Texas
Philadelphia | City | United States | Pennsylvania
San Francisco | City | United States | California
Seattle | City | United States | Washington (state)
Miami | City | United States | Florida
Atlanta | City | United States |
Detroit | City | United States | Michigan
New Orleans | City | United States | Louisiana
Las Vegas | City | United States | Nevada
Dallas | City | United States | Texas
San Diego | City | United States | California
San Antonio | City | United States | Texas
Pittsburgh | City | United States | Pennsylvania
Cleveland | City | United States | Ohio
Cincinnati | City | United States | Ohio
Dayton, Ohio | City | United States | Ohio
Baltimore | City | United States | Maryland
Memphis, Tennessee | City | United States | Tennessee
Minneapolis | City | United States | Minnesota
St. Louis | City | United States | Missouri
Kansas City, Missouri | City | United States | Missouri
Omaha, Nebraska | City | United States | Nebraska
Portland, Oregon | City | United States | Oregon
Portland, Maine | City | United States | Maine
Oakland, California | City | United States | California
Pasadena, California | City | United States | California
Santa Clara, California | City | United States | California
Cupertino, California | City | United States | California
Mountain View, California | City | United States | California
Menlo Park, California | City | United States | California
San Jose, California | City | United States | California
Palo Alto, California | City | United States | California
Los Gatos, California | Town | United States | California
San Bruno, California | City | United States | California
Emeryville, California | City | United States | California
Burbank, California | City | United States | California
Irvine, California | City | United States | California
Redwood City, California | City | United States | California
Berkeley, California | City | United States | California
Long Beach, California | City | United States | California
Beverly Hills, California | City | United States | California
Redmond, Washington | City | United States | Washington (state)
Bellevue, Washington | City | United States | Washington (state)
Cambridge, Massachusetts | City | United States | Massachusetts
New Haven, Connecticut | City | United States | Connecticut
Princeton, New Jersey | Town | United States | New Jersey
Newark, New Jersey | City | United States | New Jersey
Milwaukee | City | United States | Wisconsin
Green Bay, Wisconsin | City | United States | Wisconsin
Gary, Indiana | City | United States | Indiana
Duluth, Minnesota | City | United States | Minnesota
Dearborn, Michigan | City | United States | Michigan
Bentonville, Arkansas | City | United States | Arkansas
Beaverton, Oregon | City | United States | Oregon
Round Rock, Texas | City | United States | Texas
Fort Worth, Texas | City | United States | Texas
El Paso, Texas | City | United States | Texas
Cary, North Carolina | Town | United States | North Carolina
Armonk, New York | Town | United States | New York (state)
Lake Placid, New York | Town | United States | New York (state)
Ithaca, New York | City | United States | New York (state)
Charlottesville, Virginia | City | United States | Virginia
Tampa, Florida | City | United States | Florida
Tucson, Arizona | City | United States | Arizona
Sacramento | City | United States | California
Austin, Texas | City | United States | Texas
Albany, New York | City | United States | New York (state)
Tallahassee | City | United States | Florida
Springfield, Illinois | City | United States | Illinois
Harrisburg, Pennsylvania | City | United States | Pennsylvania
Boston | City | United States | Massachusetts
Olympia, Washington | City | United States | Washington (state)
Lansing, Michigan | City | United States | Michigan
Columbus, Ohio | City | United States | Ohio
Nashville | City | United States | Tennessee
Saint Paul, Minnesota | City | United States | Minnesota
Denver | City | United States | Colorado
Phoenix, Arizona | City | United States | Arizona
Honolulu | City | United States | Hawaii
Salt Lake City | City | United States | Utah
Baton Rouge, Louisiana | City | United States | Louisiana
Carson City, Nevada | City | United States | Nevada
Salem, Oregon | City | United States | Oregon
Richmond, Virginia | City | United States | Virginia
Indianapolis | City | United States | Indiana
Madison, Wisconsin | City | United States | Wisconsin
Jefferson City, Missouri | City | United States | Missouri
Annapolis, Maryland | City | United States | Maryland
Trenton, New Jersey | City | United States | New Jersey
Hartford, Connecticut | City | United States | Connecticut
Providence, Rhode Island | City | United States | Rhode Island
Juneau, Alaska | City | United States | Alaska
Frankfort, Kentucky | City | United States | Kentucky
Oklahoma City | City | United States | Oklahoma
Lincoln, Nebraska | City | United States | Nebraska
Des Moines, Iowa | City | United States | Iowa
Montgomery, Alabama | City | United States | Alabama
Little Rock, Arkansas | City | United States | Arkansas
Jackson, Mississippi | City | United States | Mississippi
Boise, Idaho | City | United States | Idaho
Cheyenne, Wyoming | City | United States | Wyoming
Santa Fe, New Mexico | City | United States | New Mexico
Columbia, South Carolina | City | United States | South Carolina
Raleigh, North Carolina | City | United States | North Carolina
Concord, New Hampshire | City | United States | New Hampshire
Augusta, Maine | City | United States | Maine
Topeka, Kansas | City | United States | Kansas
Montpelier, Vermont | City | United States | Vermont
# --- Canada
Toronto | City | Canada | Ontario
Montreal | City | Canada | Quebec
Vancouver | City | Canada | British Columbia
Calgary | City | Canada | Alberta
Edmonton | City | Canada | Alberta
Quebec City | City | Canada | Quebec
Victoria, British Columbia | City | Canada | British Columbia
# --- United Kingdom and Ireland
Manchester | City | United Kingdom | England
Liverpool | City | United Kingdom | England
Birmingham | City | United Kingdom | England
Oxford | City | United Kingdom | England
Cambridge | City | United Kingdom | England
Bristol | City | United Kingdom | England
Leeds | City | United Kingdom | England
Sheffield | City | United Kingdom | England
Newcastle upon Tyne | City | United Kingdom | England
Portsmouth | City | United Kingdom | England
Southampton | City | United Kingdom | England
Nottingham | City | United Kingdom | England
Coventry | City | United Kingdom | England
Salford | City | United Kingdom | England
York | City | United Kingdom | England
Bath | City | United Kingdom | England
Canterbury | City | United Kingdom | England
Winchester | City | United Kingdom | England
Plymouth | City | United Kingdom | England
Northampton | Town | United Kingdom | England
Stratford-upon-Avon | Town | United Kingdom | England
Dartford | Town | United Kingdom | England
Reading, Berkshire | Town | United Kingdom | England
Torquay | Town | United Kingdom | England
Penzance | Town | United Kingdom | England
Shrewsbury | Town | United Kingdom | England
Wilmslow | Town | United Kingdom | England
Bournemouth | Town | United Kingdom | England
Guildford | Town | United Kingdom | England
Stockport | Town | United Kingdom | England
South Shields | Town | United Kingdom | England
High Wycombe | Town | United Kingdom | England
Slough | Town | United Kingdom | England
Grantham | Town | United Kingdom | England
Stevenage | Town | United Kingdom | England
Huddersfield | Town | United Kingdom | England
Eastbourne | Town | United Kingdom | England
Windsor, Berkshire | Town | United Kingdom | England
Halifax, West Yorkshire | Town | United Kingdom | England
Haworth | Village | United Kingdom | England
Downe | Village | United Kingdom | England
Edinburgh | City | United Kingdom | Scotland
Glasgow | City | United Kingdom | Scotland
Kirkcaldy | Town | United Kingdom | Scotland
Greenock | Town | United Kingdom | Scotland
Cardiff | City | United Kingdom | Wales
Swansea | City | United Kingdom | Wales
Haverfordwest | Town | United Kingdom | Wales
Belfast | City | United Kingdom | Northern Ireland
Ballymena | Town | United Kingdom | Northern Ireland
Cork | City | Ireland |
# --- Germany
Hamburg | City | Germany |
Munich | City | Germany | Bavaria
Nuremberg | City | Germany | Bavaria
Würzburg | City | Germany | Bavaria
Augsburg | City | Germany | Bavaria
Regensburg | City | Germany | Bavaria
Bayreuth | City | Germany | Bavaria
Ingolstadt | City | Germany | Bavaria
Fürth | City | Germany | Bavaria
Herzogenaurach | Town | Germany | Bavaria
Garmisch-Partenkirchen | Town | Germany | Bavaria
Frankfurt | City | Germany | Hesse
Wiesbaden | City | Germany | Hesse
Stuttgart | City | Germany | Baden-Württemberg
Heidelberg | City | Germany | Baden-Württemberg
Ulm | City | Germany | Baden-Württemberg
Freiburg im Breisgau | City | Germany | Baden-Württemberg
Karlsruhe | City | Germany | Baden-Württemberg
Mannheim | City | Germany | Baden-Württemberg
Baden-Baden | Town | Germany | Baden-Württemberg
Walldorf | Town | Germany | Baden-Württemberg
Weil der Stadt | Town | Germany | Baden-Württemberg
Calw | Town | Germany | Baden-Württemberg
Marbach am Neckar | Town | Germany | Baden-Württemberg
Cologne | City | Germany | North Rhine-Westphalia
Düsseldorf | City | Germany | North Rhine-Westphalia
Dortmund | City | Germany | North Rhine-Westphalia
Bonn | City | Germany | North Rhine-Westphalia
Wuppertal | City | Germany | North Rhine-Westphalia
Bielefeld | City | Germany | North Rhine-Westphalia
Leipzig | City | Germany | Saxony
Dresden | City | Germany | Saxony
Zwickau | City | Germany | Saxony
Hanover | City | Germany | Lower Saxony
Göttingen | City | Germany | Lower Saxony
Osnabrück | City | Germany | Lower Saxony
Wolfsburg | City | Germany | Lower Saxony
Braunschweig | City | Germany | Lower Saxony
Emden | Town | Germany | Lower Saxony
Weimar | City | Germany | Thuringia
Eisenach | City | Germany | Thuringia
Erfurt | City | Germany | Thuringia
Kiel | City | Germany | Schleswig-Holstein
Lübeck | City | Germany | Schleswig-Holstein
Trier | City | Germany | Rhineland-Palatinate
Mainz | City | Germany | Rhineland-Palatinate
Ludwigshafen | City | Germany | Rhineland-Palatinate
Idar-Oberstein | Town | Germany | Rhineland-Palatinate
Magdeburg | City | Germany | Saxony-Anhalt
Halle (Saale) | City | Germany | Saxony-Anhalt
Wernigerode | Town | Germany | Saxony-Anhalt
Eisleben | Town | Germany | Saxony-Anhalt
Röcken | Village | Germany | Saxony-Anhalt
Greifswald | City | Germany | Mecklenburg-Vorpommern
Rostock | City | Germany | Mecklenburg-Vorpommern
Schwerin | City | Germany | Mecklenburg-Vorpommern
Potsdam | City | Germany | Brandenburg
# --- France
Lyon | City | France |
Marseille | City | France | Provence-Alpes-Côte d'Azur
Nice | City | France | Provence-Alpes-Côte d'Azur
Cannes | City | France | Provence-Alpes-Côte d'Azur
Grasse | Town | France | Provence-Alpes-Côte d'Azur
Aix-en-Provence | City | France | Provence-Alpes-Côte d'Azur
Toulouse | City | France |
Bordeaux | City | France |
Strasbourg | City | France |
Nantes | City | France |
Lille | City | France |
Rouen | City | France | Normandy
Saint-Lô | Town | France | Normandy
Rennes | City | France | Brittany
Amiens | City | France |
Limoges | City | France |
Besançon | City | France |
Poitiers | City | France |
Dijon | City | France |
Colmar | City | France |
Dole | Town | France |
Chamonix | Town | France |
Albertville | Town | France |
Versailles | City | France | Île-de-France
Saint-Germain-en-Laye | Town | France | Île-de-France
Neuilly-sur-Seine | Town | France | Île-de-France
Giverny | Village | France | Normandy
Ajaccio | City | France |
# --- Italy
Milan | City | Italy | Lombardy
Naples | City | Italy | Campania
Turin | City | Italy | Piedmont
Florence | City | Italy | Tuscany
Venice | City | Italy | Veneto
Genoa | City | Italy | Liguria
Bologna | City | Italy | Emilia-Romagna
Pisa | City | Italy | Tuscany
Lucca | City | Italy | Tuscany
Vinci | Town | Italy | Tuscany
Verona | City | Italy | Veneto
Padua | City | Italy | Veneto
Modena | City | Italy | Emilia-Romagna
Parma | City | Italy | Emilia-Romagna
Rimini | City | Italy | Emilia-Romagna
Ravenna | City | Italy | Emilia-Romagna
Piacenza | City | Italy | Emilia-Romagna
Maranello | Town | Italy | Emilia-Romagna
Sant'Agata Bolognese | Town | Italy | Emilia-Romagna
Alessandria | City | Italy | Piedmont
Palermo | City | Italy |
Syracuse, Sicily | City | Italy |
Pesaro | City | Italy |
Urbino | Town | Italy |
Perugia | City | Italy |
Brindisi | City | Italy |
Reggio Calabria | City | Italy |
# --- Spain and Portugal
Barcelona | City | Spain | Catalonia
Figueres | Town | Spain | Catalonia
Seville | City | Spain | Andalusia
Málaga | City | Spain | Andalusia
Granada | City | Spain | Andalusia
Cádiz | City | Spain | Andalusia
Córdoba, Spain | City | Spain | Andalusia
Valencia | City | Spain |
Bilbao | City | Spain |
Salamanca | City | Spain |
Alcalá de Henares | City | Spain |
Santander, Spain | City | Spain |
Las Palmas de Gran Canaria | City | Spain |
Valladolid | City | Spain |
Toledo, Spain | City | Spain |
Zaragoza | City | Spain |
Oviedo | City | Spain |
Pamplona | City | Spain |
Santiago de Compostela | City | Spain |
Porto | City | Portugal |
Funchal | City | Portugal |
# --- Benelux, Alps, Central and Eastern Europe
Rotterdam | City | Netherlands |
The Hague | City | Netherlands |
Utrecht | City | Netherlands |
Leiden | City | Netherlands |
Delft | City | Netherlands |
Haarlem | City | Netherlands |
Amersfoort | City | Netherlands |
Eindhoven | City | Netherlands |
Antwerp | City | Belgium |
Ghent | City | Belgium |
Bruges | City | Belgium |
Liège | City | Belgium |
Zurich | City | Switzerland |
Geneva | City | Switzerland |
Basel | City | Switzerland |
Lausanne | City | Switzerland |
Lucerne | City | Switzerland |
Winterthur | City | Switzerland |
La Chaux-de-Fonds | City | Switzerland |
St. Moritz | Town | Switzerland |
Montreux | Town | Switzerland |
Locarno | Town | Switzerland |
Vevey | Town | Switzerland |
Davos | Town | Switzerland |
Küsnacht | Town | Switzerland |
Salzburg | City | Austria |
Innsbruck | City | Austria |
Graz | City | Austria |
Linz | City | Austria |
Braunau am Inn | Town | Austria |
Kraków | City | Poland |
Gdańsk | City | Poland |
Wrocław | City | Poland |
Toruń | City | Poland |
Szczecin | City | Poland |
Białystok | City | Poland |
Wadowice | Town | Poland |
Frombork | Town | Poland |
Płońsk | Town | Poland |
Żelazowa Wola | Village | Poland |
Brno | City | Czech Republic |
Příbor | Town | Czech Republic |
Gothenburg | City | Sweden |
Malmö | City | Sweden |
Uppsala | City | Sweden |
Lund | City | Sweden |
Bergen | City | Norway |
Trondheim | City | Norway |
Skien | City | Norway |
Lillehammer | Town | Norway |
Aarhus | City | Denmark |
Odense | City | Denmark |
Tampere | City | Finland |
Espoo | City | Finland |
Turku | City | Finland |
Saint Petersburg | City | Russia |
Novosibirsk | City | Russia |
Yekaterinburg | City | Russia |
Kazan | City | Russia |
Sochi | City | Russia |
Vladivostok | City | Russia |
Volgograd | City | Russia |
Nizhny Novgorod | City | Russia |
Taganrog | City | Russia |
Oryol | City | Russia |
Ryazan | City | Russia |
Ulyanovsk | City | Russia |
Izhevsk | City | Russia |
Tobolsk | Town | Russia |
Kislovodsk | Town | Russia |
Odesa | City | Ukraine |
Kharkiv | City | Ukraine |
Lviv | City | Ukraine |
Kryvyi Rih | City | Ukraine |
Thessaloniki | City | Greece |
Sparta | Town | Greece |
Split | City | Croatia |
Dubrovnik | City | Croatia |
Zadar | City | Croatia |
# --- Asia
Istanbul | City | Turkey |
İzmir {Izmir} | City | Turkey |
Antalya | City | Turkey |
Trabzon | City | Turkey |
Tel Aviv | City | Israel |
Jerusalem | City | |
Mecca | City | Saudi Arabia |
Medina | City | Saudi Arabia |
Jeddah | City | Saudi Arabia |
Dubai | City | United Arab Emirates |
Isfahan | City | Iran |
Kermanshah | City | Iran |
Shanghai | City | China |
Guangzhou | City | China |
Shenzhen | City | China |
Chongqing | City | China |
Wuhan | City | China |
Xi'an | City | China |
Chengdu | City | China |
Hangzhou | City | China |
Nanjing | City | China |
Qingdao | City | China |
Shenyang | City | China |
Tianjin | City | China |
Harbin | City | China |
Lhasa | City | China |
Qufu | City | China |
Taipei | City | |
Hsinchu | City | |
Osaka | City | Japan |
Kyoto | City | Japan |
Yokohama | City | Japan |
Nagoya | City | Japan |
Sapporo | City | Japan |
Hiroshima | City | Japan |
Nagasaki | City | Japan |
Kobe | City | Japan |
Fukuoka | City | Japan |
Nara | City | Japan |
Sendai | City | Japan |
Toyota, Aichi | City | Japan |
Nagano | City | Japan |
Hamamatsu | City | Japan |
Busan | City | South Korea |
Incheon | City | South Korea |
Daegu | City | South Korea |
Mumbai | City | India |
Kolkata | City | India |
Chennai | City | India |
Bangalore | City | India |
Hyderabad | City | India |
Agra | City | India |
Varanasi | City | India |
Jaipur | City | India |
Ahmedabad | City | India |
Pune | City | India |
Amritsar | City | India |
Porbandar | City | India |
Prayagraj | City | India |
Kochi | City | India |
Darjeeling | Town | India |
Karachi | City | Pakistan |
Lahore | City | Pakistan |
Rawalpindi | City | Pakistan |
Ho Chi Minh City | City | Vietnam |
Yangon | City | Myanmar |
Colombo | City | Sri Lanka |
Ipoh | City | Malaysia |
Almaty | City | Kazakhstan |
Samarkand | City | Uzbekistan |
# --- Africa
Alexandria | City | Egypt |
Giza | City | Egypt |
Luxor | City | Egypt |
Aswan | City | Egypt |
Lagos | City | Nigeria |
Casablanca | City | Morocco |
Marrakesh | City | Morocco |
Tangier | City | Morocco |
Johannesburg | City | South Africa |
Cape Town | City | South Africa |
Durban | City | South Africa |
Pretoria | City | South Africa |
Bloemfontein | City | South Africa |
Mombasa | City | Kenya |
Kumasi | City | Ghana |
Timbuktu | City | Mali |
Douala | City | Cameroon |
Abidjan | City | Ivory Coast |
Oran | City | Algeria |
Dar es Salaam | City | Tanzania |
# --- Latin America
Guadalajara | City | Mexico |
Monterrey | City | Mexico |
Cancún | City | Mexico |
Guanajuato City | City | Mexico |
São Paulo | City | Brazil |
Rio de Janeiro | City | Brazil |
Salvador, Bahia | City | Brazil |
Porto Alegre | City | Brazil |
Manaus | City | Brazil |
Santos, São Paulo | City | Brazil |
Rosario | City | Argentina |
Córdoba, Argentina | City | Argentina |
Medellín | City | Colombia |
Barranquilla | City | Colombia |
Santa Marta | City | Colombia |
Cusco | City | Peru |
Valparaíso | City | Chile |
Guayaquil | City | Ecuador |
La Paz | City | Bolivia |
Sucre | City | Bolivia |
# --- Oceania
Sydney | City | Australia | New South Wales
Melbourne | City | Australia |
Brisbane | City | Australia | Queensland
Perth | City | Australia | Western Australia
Adelaide | City | Australia | South Australia
Auckland | City | New Zealand |
Christchurch | City | New Zealand |
""")

# Places located in places that are not a country or region of the tables above.
BLOCKS.append("""
!cols label | locatedIn
Taipei | Taiwan
Hsinchu | Taiwan
Palermo | Sicily
Syracuse, Sicily | Sicily
Ajaccio | Corsica
Funchal | Madeira
Las Palmas de Gran Canaria | Canary Islands
Copenhagen | Zealand
Mallorca | Balearic Islands
Tenerife | Canary Islands
Julian Alps | Alps
Dolomites | Alps
Tatra Mountains | Carpathian Mountains
Mount Kinabalu | Borneo
Puncak Jaya | New Guinea
Mount Etna | Sicily
Mount Teide | Tenerife
Mauna Loa | Hawaii
Mauna Kea | Hawaii
Kīlauea | Hawaii
""")

BLOCKS.append("""
!class Ocean
Pacific Ocean
Atlantic Ocean
Indian Ocean
Arctic Ocean
Southern Ocean
""")

BLOCKS.append("""
!class Sea
Mediterranean Sea
Black Sea
North Sea
Baltic Sea
Caribbean Sea
Red Sea
South China Sea
East China Sea
Arabian Sea
Adriatic Sea
Aegean Sea
Tyrrhenian Sea
Ionian Sea
Ligurian Sea
Sea of Japan
Bering Sea
Kara Sea
Laptev Sea
Sea of Azov
Bohai Sea
Yellow Sea
Coral Sea
Tasman Sea
Irish Sea
Norwegian Sea
Barents Sea
Sargasso Sea
Andaman Sea
Sea of Marmara
Sea of Okhotsk
Weddell Sea
Ross Sea
""")

BLOCKS.append("""
!cols label | class | country
Bay of Bengal | Bay |
Bay of Biscay | Bay |
Hudson Bay | Bay | Canada
Chesapeake Bay | Bay | United States
San Francisco Bay | Bay | United States
Gulf of Mexico | Gulf |
Persian Gulf | Gulf |
Gulf of California | Gulf | Mexico
Gulf of St. Lawrence | Gulf | Canada
Gulf of Guinea | Gulf |
Gulf of Finland | Gulf |
Gulf of Bothnia | Gulf |
Gulf of Aden | Gulf |
Gulf of Oman | Gulf |
Gulf of Ob | Gulf | Russia
Gulf of Thailand | Gulf |
Gulf of Corinth | Gulf | Greece
Saronic Gulf | Gulf | Greece
Caspian Sea | BodyOfWater | Russia; Kazakhstan; Iran; Azerbaijan
English Channel | BodyOfWater |
Río de la Plata {Rio_de_la_Plata} | BodyOfWater | Argentina; Uruguay
""")

BLOCKS.append("""
!class Strait
!cols label | connects | country | locationCity
Strait of Gibraltar | Atlantic Ocean; Mediterranean Sea | |
Bosphorus | Black Sea; Sea of Marmara | Turkey | Istanbul
Dardanelles | Aegean Sea; Sea of Marmara | Turkey |
Strait of Hormuz | Persian Gulf; Gulf of Oman | |
Strait of Magellan | Atlantic Ocean; Pacific Ocean | Chile |
Bering Strait | Bering Sea; Arctic Ocean | |
Strait of Malacca | Andaman Sea; South China Sea | |
Strait of Dover | English Channel; North Sea | |
Øresund {Oresund} | | Denmark; Sweden |
Golden Gate | San Francisco Bay; Pacific Ocean | United States | San Francisco
East River | | United States | New York City
Cook Strait | Tasman Sea; Pacific Ocean | New Zealand |
Bass Strait | | Australia |
Strait of Messina | Tyrrhenian Sea; Ionian Sea | Italy |
""")

BLOCKS.append("""
!class Canal
!cols label | country | connects
Suez Canal | Egypt | Mediterranean Sea; Red Sea
Panama Canal | Panama | Atlantic Ocean; Pacific Ocean
Kiel Canal | Germany | North Sea; Baltic Sea
Corinth Canal | Greece | Gulf of Corinth; Saronic Gulf
Erie Canal | United States | Hudson River; Lake Erie
""")
BLOCKS.append("""
!cols label | connects
English Channel | North Sea; Atlantic Ocean
""")

BLOCKS.append("""
!class River
!cols label | mouth | flowsThrough | continent
Nile | Mediterranean Sea | Egypt; Sudan | Africa
Blue Nile | Nile | Ethiopia; Sudan | Africa
White Nile | Nile | South Sudan; Sudan | Africa
Amazon River | Atlantic Ocean | Brazil; Peru; Colombia | South America
Mississippi River | Gulf of Mexico | United States | North America
Missouri River | Mississippi River | United States | North America
Ohio River | Mississippi River | United States | North America
Colorado River | Gulf of California | United States; Mexico | North America
Columbia River | Pacific Ocean | United States; Canada | North America
Rio Grande | Gulf of Mexico | United States | North America
Saint Lawrence River | Gulf of St. Lawrence | Canada | North America
Yukon River | Bering Sea | Canada; United States | North America
Mackenzie River | Arctic Ocean | Canada | North America
Hudson River | Atlantic Ocean | United States | North America
Potomac River | Chesapeake Bay | United States | North America
Danube | Black Sea | Germany; Austria; Slovakia; Hungary; Serbia; Romania | Europe
Rhine | North Sea | Switzerland; Germany; Netherlands | Europe
Elbe | North Sea | Czech Republic; Germany | Europe
Vistula | Baltic Sea | Poland | Europe
River Thames | North Sea | United Kingdom | Europe
Seine | English Channel | France | Europe
Loire | Atlantic Ocean | France | Europe
Rhône | Mediterranean Sea | Switzerland; France | Europe
Po | Adriatic Sea | Italy | Europe
Tiber | Tyrrhenian Sea | Italy | Europe
Arno | Ligurian Sea | Italy | Europe
Ebro | Mediterranean Sea | Spain | Europe
Tagus | Atlantic Ocean | Spain; Portugal | Europe
Douro | Atlantic Ocean | Spain; Portugal | Europe
Guadalquivir | Atlantic Ocean | Spain | Europe
Vltava | Elbe | Czech Republic | Europe
Main (river) {Main_river} | Rhine | Germany | Europe
Moselle | Rhine | France; Germany | Europe
Inn (river) {Inn_river} | Danube | Switzerland; Austria; Germany | Europe
Neva | Gulf of Finland | Russia | Europe
River Shannon | Atlantic Ocean | Ireland | Europe
Volga | Caspian Sea | Russia | Europe
Dnieper | Black Sea | Russia; Belarus; Ukraine | Europe
Don River | Sea of Azov | Russia | Europe
Ural River | Caspian Sea | Russia; Kazakhstan |
Ob River | Gulf of Ob | Russia | Asia
Yenisei | Kara Sea | Russia | Asia
Lena River | Laptev Sea | Russia | Asia
Yangtze | East China Sea | China | Asia
Yellow River | Bohai Sea | China | Asia
Mekong | South China Sea | China; Laos; Cambodia; Vietnam | Asia
Ganges | Bay of Bengal | India; Bangladesh | Asia
Yamuna | Ganges | India | Asia
Indus | Arabian Sea | China; India; Pakistan | Asia
Euphrates | | Turkey; Syria; Iraq | Asia
Tigris | | Turkey; Iraq | Asia
Irrawaddy | Andaman Sea | Myanmar | Asia
Chao Phraya | Gulf of Thailand | Thailand | Asia
Jordan River | Dead Sea | | Asia
Congo River | Atlantic Ocean | Democratic Republic of the Congo | Africa
Niger River | Gulf of Guinea | Mali; Niger; Nigeria | Africa
Zambezi | Indian Ocean | Zambia; Mozambique | Africa
Orange River | Atlantic Ocean | South Africa | Africa
Paraná River | Río de la Plata | Brazil; Argentina | South America
Orinoco | Atlantic Ocean | Venezuela | South America
Murray River | | Australia | Oceania
Tarn (river) {Tarn_river} | | France | Europe
""")

BLOCKS.append("""
!class Lake
!cols label | country | continent
Lake Baikal | Russia | Asia
Lake Superior | United States; Canada | North America
Lake Michigan | United States | North America
Lake Huron | United States; Canada | North America
Lake Erie | United States; Canada | North America
Lake Ontario | United States; Canada | North America
Great Salt Lake | United States | North America
Lake Tahoe | United States | North America
Crater Lake | United States | North America
Lake Winnipeg | Canada | North America
Great Bear Lake | Canada | North America
Lake Victoria | Uganda; Kenya; Tanzania | Africa
Lake Tanganyika | Tanzania; Democratic Republic of the Congo; Burundi; Zambia | Africa
Lake Malawi | Malawi; Mozambique; Tanzania | Africa
Lake Tana | Ethiopia | Africa
Lake Chad | Chad; Cameroon; Niger; Nigeria | Africa
Lake Kivu | Rwanda; Democratic Republic of the Congo | Africa
Lake Nasser | Egypt; Sudan | Africa
Lake Titicaca | Peru; Bolivia | South America
Lake Geneva | Switzerland; France | Europe
Lake Constance | Germany; Austria; Switzerland | Europe
Lake Como | Italy | Europe
Lake Garda | Italy | Europe
Lake Maggiore | Italy; Switzerland | Europe
Lake Lucerne | Switzerland | Europe
Loch Ness | United Kingdom | Europe
Lake Ladoga | Russia | Europe
Lake Balaton | Hungary | Europe
Lake Vänern {Lake_Vanern} | Sweden | Europe
Lake Ohrid | North Macedonia; Albania | Europe
Lake Bled | Slovenia | Europe
Dead Sea | Jordan; Israel | Asia
Aral Sea | Kazakhstan; Uzbekistan | Asia
Lake Toba | Indonesia | Asia
Lake Eyre | Australia | Oceania
""")
BLOCKS.append("""
!cols label | region
Loch Ness | Scotland
Great Salt Lake | Utah
Crater Lake | Oregon
Lake Michigan | Illinois; Michigan; Wisconsin; Indiana
""")

BLOCKS.append("""
!class MountainRange
!cols label | country | continent
Himalayas | Nepal; China; India; Pakistan | Asia
Karakoram | Pakistan; India; China | Asia
Hindu Kush | Afghanistan; Pakistan | Asia
Tian Shan | China; Kazakhstan | Asia
Altai Mountains | Russia; China; Mongolia; Kazakhstan | Asia
Alborz | Iran | Asia
Alps | France; Switzerland; Italy; Austria; Germany; Slovenia | Europe
Julian Alps | Slovenia; Italy | Europe
Dolomites | Italy | Europe
Pyrenees | France; Spain | Europe
Carpathian Mountains | Romania; Slovakia; Poland; Ukraine | Europe
Tatra Mountains | Poland; Slovakia | Europe
Apennine Mountains | Italy | Europe
Scandinavian Mountains | Norway; Sweden | Europe
Grampian Mountains | United Kingdom | Europe
Balkan Mountains | Bulgaria; Serbia | Europe
Ural Mountains | Russia | Europe; Asia
Caucasus Mountains | Russia; Azerbaijan | Europe; Asia
Andes | Argentina; Chile; Peru; Bolivia; Ecuador; Colombia; Venezuela | South America
Rocky Mountains | United States; Canada | North America
Appalachian Mountains | United States; Canada | North America
Cascade Range | United States; Canada | North America
Alaska Range | United States | North America
Saint Elias Mountains | Canada; United States | North America
Atlas Mountains | Morocco; Algeria; Tunisia | Africa
Drakensberg | South Africa | Africa
Great Dividing Range | Australia | Oceania
Southern Alps | New Zealand | Oceania
Ellsworth Mountains | | Antarctica
""")

BLOCKS.append("""
!cols label | class | country | continent | mountainRange | region
Mount Everest | Mountain | Nepal; China | Asia | Himalayas |
K2 | Mountain | Pakistan; China | Asia | Karakoram |
Kangchenjunga | Mountain | Nepal; India | Asia | Himalayas |
Lhotse | Mountain | Nepal; China | Asia | Himalayas |
Annapurna | Mountain | Nepal | Asia | Himalayas |
Nanga Parbat | Mountain | Pakistan | Asia | Himalayas |
Mont Blanc | Mountain | France; Italy | Europe | Alps |
Matterhorn | Mountain | Switzerland; Italy | Europe | Alps |
Eiger | Mountain | Switzerland | Europe | Alps |
Jungfrau | Mountain | Switzerland | Europe | Alps |
Dufourspitze | Mountain | Switzerland | Europe | Alps |
Zugspitze | Mountain | Germany; Austria | Europe | Alps | Bavaria
Grossglockner | Mountain | Austria | Europe | Alps |
Triglav | Mountain | Slovenia | Europe | Julian Alps |
Rysy | Mountain | Poland; Slovakia | Europe | Tatra Mountains |
Galdhøpiggen {Galdhopiggen} | Mountain | Norway | Europe | Scandinavian Mountains |
Kebnekaise | Mountain | Sweden | Europe | Scandinavian Mountains |
Ben Nevis | Mountain | United Kingdom | Europe | Grampian Mountains | Scotland
Snowdon | Mountain | United Kingdom | Europe | | Wales
Mount Olympus | Mountain | Greece | Europe | |
Mount Athos | Mountain | Greece | Europe | |
Musala | Mountain | Bulgaria | Europe | |
Mount Elbrus | Volcano | Russia | | Caucasus Mountains |
Mount Vesuvius | Volcano | Italy | Europe | | Campania
Mount Etna | Volcano | Italy | Europe | |
Stromboli | Volcano | Italy | Europe | |
Eyjafjallajökull {Eyjafjallajokull} | Volcano | Iceland | Europe | |
Mount Teide | Volcano | Spain | | |
Mount Ararat | Volcano | Turkey | Asia | |
Mount Damavand | Volcano | Iran | Asia | Alborz |
Mount Fuji | Volcano | Japan | Asia | |
Krakatoa | Volcano | Indonesia | Asia | |
Mount Tambora | Volcano | Indonesia | Asia | |
Mount Pinatubo | Volcano | Philippines | Asia | |
Mayon | Volcano | Philippines | Asia | |
Mount Apo | Volcano | Philippines | Asia | |
Mount Sinai | Mountain | Egypt | Asia | |
Mount Tai | Mountain | China | Asia | |
Mount Kinabalu | Mountain | Malaysia | Asia | |
Puncak Jaya | Mountain | Indonesia | | |
Mount Kilimanjaro | Volcano | Tanzania | Africa | |
Mount Kenya | Volcano | Kenya | Africa | |
Mount Cameroon | Volcano | Cameroon | Africa | |
Mount Nyiragongo | Volcano | Democratic Republic of the Congo | Africa | |
Toubkal | Mountain | Morocco | Africa | Atlas Mountains |
Ras Dashen | Mountain | Ethiopia | Africa | |
Table Mountain | Mountain | South Africa | Africa | |
Aconcagua | Mountain | Argentina | South America | Andes |
Huascarán {Huascaran} | Mountain | Peru | South America | Andes |
Chimborazo | Volcano | Ecuador | South America | Andes |
Cotopaxi | Volcano | Ecuador | South America | Andes |
Ojos del Salado | Volcano | Chile; Argentina | South America | Andes |
Denali | Mountain | United States | North America | Alaska Range | Alaska
Mount Logan | Mountain | Canada | North America | Saint Elias Mountains |
Mount Whitney | Mountain | United States | North America | | California
Mount Rainier | Volcano | United States | North America | Cascade Range | Washington (state)
Mount St. Helens | Volcano | United States | North America | Cascade Range | Washington (state)
Mount Hood | Volcano | United States | North America | Cascade Range | Oregon
Popocatépetl {Popocatepetl} | Volcano | Mexico | North America | |
Pico de Orizaba | Volcano | Mexico | North America | |
Mauna Loa | Volcano | United States | | |
Mauna Kea | Volcano | United States | | |
Kīlauea {Kilauea} | Volcano | United States | | |
Mount Kosciuszko | Mountain | Australia | | Great Dividing Range | New South Wales
Aoraki / Mount Cook {Aoraki_Mount_Cook} | Mountain | New Zealand | | Southern Alps |
Vinson Massif | Mountain | | Antarctica | Ellsworth Mountains |
Mount Erebus | Volcano | | Antarctica | |
""")
BLOCKS.append("""
!cols label | locationCity
Table Mountain | Cape Town
""")

BLOCKS.append("""
!cols label | highestPoint
Asia | Mount Everest
Africa | Mount Kilimanjaro
South America | Aconcagua
North America | Denali
Antarctica | Vinson Massif
Nepal | Mount Everest
China | Mount Everest
Pakistan | K2
United States | Denali
Alaska | Denali
California | Mount Whitney
Washington (state) | Mount Rainier
Hawaii | Mauna Kea
Japan | Mount Fuji
Tanzania | Mount Kilimanjaro
Kenya | Mount Kenya
Cameroon | Mount Cameroon
Ethiopia | Ras Dashen
Morocco | Toubkal
Argentina | Aconcagua
Chile | Ojos del Salado
Ecuador | Chimborazo
Peru | Huascarán
France | Mont Blanc
Switzerland | Dufourspitze
Germany | Zugspitze
Bavaria | Zugspitze
Austria | Grossglockner
Slovenia | Triglav
Poland | Rysy
Norway | Galdhøpiggen
Sweden | Kebnekaise
United Kingdom | Ben Nevis
Scotland | Ben Nevis
Wales | Snowdon
Greece | Mount Olympus
Bulgaria | Musala
Russia | Mount Elbrus
Spain | Mount Teide
Turkey | Mount Ararat
Iran | Mount Damavand
Philippines | Mount Apo
Malaysia | Mount Kinabalu
Indonesia | Puncak Jaya
Mexico | Pico de Orizaba
Canada | Mount Logan
New Zealand | Aoraki / Mount Cook
""")

BLOCKS.append("""
!cols label | class | country | continent
Greenland | Island | | North America
Baffin Island | Island | Canada | North America
Ellesmere Island | Island | Canada | North America
Manhattan | Island | United States | North America
Ellis Island | Island | United States | North America
Alcatraz Island | Island | United States | North America
Puerto Rico | Island | | North America
Great Britain | Island | United Kingdom | Europe
Isle of Wight | Island | United Kingdom | Europe
Sicily | Island | Italy | Europe
Sardinia | Island | Italy | Europe
Capri | Island | Italy | Europe
Elba | Island | Italy | Europe
Corsica | Island | France | Europe
Crete | Island | Greece | Europe
Rhodes | Island | Greece | Europe
Santorini | Island | Greece | Europe
Samos | Island | Greece | Europe
Corfu | Island | Greece | Europe
Zealand | Island | Denmark | Europe
Mallorca | Island | Spain | Europe
Tenerife | Island | Spain |
Madeira | Island | Portugal |
Borneo | Island | Indonesia; Malaysia | Asia
Sumatra | Island | Indonesia | Asia
Bali | Island | Indonesia | Asia
Honshu | Island | Japan | Asia
Hokkaido | Island | Japan | Asia
Taiwan | Island | | Asia
Hainan | Island | China | Asia
Luzon | Island | Philippines | Asia
Sakhalin | Island | Russia | Asia
New Guinea | Island | Indonesia; Papua New Guinea | Oceania
Tasmania | Island | Australia | Oceania
Zanzibar | Island | Tanzania | Africa
Robben Island | Island | South Africa | Africa
Saint Helena | Island | |
Easter Island | Island | Chile |
Galápagos Islands {Galapagos_Islands} | Archipelago | Ecuador |
Canary Islands | Archipelago | Spain |
Balearic Islands | Archipelago | Spain | Europe
Azores | Archipelago | Portugal |
Svalbard | Archipelago | Norway |
Falkland Islands | Archipelago | | South America
Sahara | Desert | Algeria; Egypt; Libya; Mali; Niger; Sudan; Tunisia; Chad | Africa
Kalahari Desert | Desert | Botswana; Namibia; South Africa | Africa
Namib | Desert | Namibia; Angola | Africa
Gobi Desert | Desert | China; Mongolia | Asia
Arabian Desert | Desert | Saudi Arabia | Asia
Rub' al Khali | Desert | Saudi Arabia; United Arab Emirates | Asia
Thar Desert | Desert | India; Pakistan | Asia
Taklamakan Desert | Desert | China | Asia
Negev | Desert | Israel | Asia
Atacama Desert | Desert | Chile | South America
Sonoran Desert | Desert | United States; Mexico | North America
Mojave Desert | Desert | United States | North America
Black Rock Desert | Desert | United States | North America
Great Victoria Desert | Desert | Australia | Oceania
Simpson Desert | Desert | Australia | Oceania
Death Valley | Valley | United States | North America
Great Rift Valley | Valley | | Africa
Grand Canyon | Canyon | United States | North America
Fish River Canyon | Canyon | Namibia | Africa
Niagara Falls | Waterfall | United States; Canada | North America
Victoria Falls | Waterfall | Zambia; Zimbabwe | Africa
Iguazu Falls | Waterfall | Argentina; Brazil | South America
Angel Falls | Waterfall | Venezuela | South America
Aletsch Glacier | Glacier | Switzerland | Europe
Vatnajökull {Vatnajokull} | Glacier | Iceland | Europe
Perito Moreno Glacier | Glacier | Argentina | South America
Mammoth Cave | Cave | United States | North America
Lascaux | Cave | France | Europe
Amazon rainforest | Forest | Brazil; Peru; Colombia | South America
Black Forest | Forest | Germany | Europe
Białowieża Forest | Forest | Poland; Belarus | Europe
Sherwood Forest | Forest | United Kingdom | Europe
Iberian Peninsula | Peninsula | Spain; Portugal | Europe
Italian Peninsula | Peninsula | Italy | Europe
Scandinavian Peninsula | Peninsula | Norway; Sweden | Europe
Balkan Peninsula | Peninsula | Greece; Bulgaria; Albania; Serbia | Europe
Jutland | Peninsula | Denmark; Germany | Europe
Arabian Peninsula | Peninsula | Saudi Arabia | Asia
Korean Peninsula | Peninsula | South Korea; North Korea | Asia
Kamchatka Peninsula | Peninsula | Russia | Asia
Sinai Peninsula | Peninsula | Egypt | Asia
Yucatán Peninsula {Yucatan_Peninsula} | Peninsula | Mexico | North America
Tibetan Plateau | Plateau | China | Asia
Great Barrier Reef | CoralReef | Australia | Oceania
Yellowstone National Park | NationalPark | United States | North America
Yosemite National Park | NationalPark | United States | North America
Everglades National Park | NationalPark | United States | North America
Banff National Park | NationalPark | Canada | North America
Serengeti National Park | NationalPark | Tanzania | Africa
Kruger National Park | NationalPark | South Africa | Africa
Torres del Paine National Park | NationalPark | Chile | South America
Plitvice Lakes National Park | NationalPark | Croatia | Europe
Kakadu National Park | NationalPark | Australia | Oceania
Sagarmatha National Park | NationalPark | Nepal | Asia
""")
BLOCKS.append("""
!cols label | region | locationCity | locatedIn
Manhattan | New York (state) | New York City |
Alcatraz Island | California | San Francisco |
Death Valley | California | |
Grand Canyon | Arizona | |
Mammoth Cave | Kentucky | |
Black Forest | Baden-Württemberg | |
Sherwood Forest | England | |
Great Barrier Reef | Queensland | |
Yellowstone National Park | Wyoming | |
Yosemite National Park | California | |
Everglades National Park | Florida | |
Banff National Park | Alberta | |
Black Rock Desert | Nevada | |
Sagarmatha National Park | | | Himalayas
Lake Tahoe | California; Nevada | |
""")

# ---------------------------------------------------------------------------
# Buildings and other structures
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | class | locationCity | country | architect | crosses | region
Eiffel Tower | Tower | Paris | France | | |
Leaning Tower of Pisa | Tower | Pisa | Italy | | |
CN Tower | Tower | Toronto | Canada | | |
Tokyo Tower | Tower | Tokyo | Japan | | |
Tokyo Skytree | Tower | Tokyo | Japan | | |
Space Needle | Tower | Seattle | United States | | |
Berlin TV Tower | Tower | Berlin | Germany | | |
Oriental Pearl Tower | Tower | Shanghai | China | | |
Tower of London | Castle | London | United Kingdom | | |
Buckingham Palace | Palace | London | United Kingdom | | |
Westminster Abbey | Church | London | United Kingdom | | |
St Paul's Cathedral | Cathedral | London | United Kingdom | Christopher Wren | |
Palace of Westminster | GovernmentBuilding | London | United Kingdom | Charles Barry | |
The Shard | Skyscraper | London | United Kingdom | Renzo Piano | |
30 St Mary Axe | Skyscraper | London | United Kingdom | Norman Foster | |
Sydney Opera House | OperaHouse | Sydney | Australia | Jørn Utzon | |
Sydney Harbour Bridge | Bridge | Sydney | Australia | | |
Sagrada Família {Sagrada_Familia} | Basilica | Barcelona | Spain | Antoni Gaudí | |
Casa Batlló {Casa_Batllo} | Building | Barcelona | Spain | Antoni Gaudí | |
Guggenheim Museum Bilbao | Museum | Bilbao | Spain | Frank Gehry | |
Walt Disney Concert Hall | ConcertHall | Los Angeles | United States | Frank Gehry | |
Louvre Pyramid | Pyramid | Paris | France | I. M. Pei | |
Centre Pompidou | Building | Paris | France | Renzo Piano; Richard Rogers | |
Fallingwater | House | | United States | Frank Lloyd Wright | | Pennsylvania
Villa Savoye | House | | France | Le Corbusier | | Île-de-France
Petronas Towers | Skyscraper | Kuala Lumpur | Malaysia | César Pelli | |
Burj Khalifa | Skyscraper | Dubai | United Arab Emirates | Adrian Smith | |
Burj Al Arab | Hotel | Dubai | United Arab Emirates | | |
Empire State Building | Skyscraper | New York City | United States | | |
Chrysler Building | Skyscraper | New York City | United States | William Van Alen | |
One World Trade Center | Skyscraper | New York City | United States | | |
Willis Tower | Skyscraper | Chicago | United States | | |
Taipei 101 | Skyscraper | Taipei | | | |
Shanghai Tower | Skyscraper | Shanghai | China | | |
St. Peter's Basilica | Basilica | | Vatican City | | |
Sistine Chapel | Church | | Vatican City | | |
Notre-Dame de Paris | Cathedral | Paris | France | | |
Sacré-Cœur, Paris {Sacre_Coeur_Paris} | Basilica | Paris | France | | |
Cologne Cathedral | Cathedral | Cologne | Germany | | |
Milan Cathedral | Cathedral | Milan | Italy | | |
Florence Cathedral | Cathedral | Florence | Italy | | |
St Mark's Basilica | Cathedral | Venice | Italy | | |
Chartres Cathedral | Cathedral | | France | | |
Canterbury Cathedral | Cathedral | Canterbury | United Kingdom | | |
Saint Basil's Cathedral | Church | Moscow | Russia | | |
Hagia Sophia | ReligiousBuilding | Istanbul | Turkey | | |
Sultan Ahmed Mosque | Mosque | Istanbul | Turkey | | |
Masjid al-Haram | Mosque | Mecca | Saudi Arabia | | |
Al-Masjid an-Nabawi | Mosque | Medina | Saudi Arabia | | |
Sheikh Zayed Grand Mosque | Mosque | Abu Dhabi | United Arab Emirates | | |
Dome of the Rock | ReligiousBuilding | Jerusalem | | | |
Dohány Street Synagogue {Dohany_Street_Synagogue} | Synagogue | Budapest | Hungary | | |
Taj Mahal | Mausoleum | Agra | India | | |
Golden Temple | ReligiousBuilding | Amritsar | India | | |
Angkor Wat | Temple | | Cambodia | | |
Borobudur | Temple | | Indonesia | | |
Parthenon | Temple | Athens | Greece | | |
Temple of Heaven | ReligiousBuilding | Beijing | China | | |
Kinkaku-ji | Temple | Kyoto | Japan | | |
Sensō-ji {Senso_ji} | Temple | Tokyo | Japan | | |
Shwedagon Pagoda | ReligiousBuilding | Yangon | Myanmar | | |
Pantheon, Rome | Building | Rome | Italy | | |
Colosseum | Amphitheatre | Rome | Italy | | |
Verona Arena | Amphitheatre | Verona | Italy | | |
Trevi Fountain | Monument | Rome | Italy | | |
Forbidden City | Palace | Beijing | China | | |
Palace of Versailles | Palace | Versailles | France | | |
Schönbrunn Palace | Palace | Vienna | Austria | | |
Alhambra | Palace | Granada | Spain | | |
Winter Palace | Palace | Saint Petersburg | Russia | | |
Neuschwanstein Castle | Castle | | Germany | | | Bavaria
Edinburgh Castle | Castle | Edinburgh | United Kingdom | | |
Windsor Castle | Castle | Windsor, Berkshire | United Kingdom | | |
Prague Castle | Castle | Prague | Czech Republic | | |
Himeji Castle | Castle | | Japan | | |
Moscow Kremlin | Fortification | Moscow | Russia | | |
White House | GovernmentBuilding | Washington, D.C. | United States | James Hoban | |
United States Capitol | GovernmentBuilding | Washington, D.C. | United States | William Thornton | |
Reichstag building | GovernmentBuilding | Berlin | Germany | Paul Wallot | |
Brandenburg Gate | Monument | Berlin | Germany | Carl Gotthard Langhans | |
Arc de Triomphe | Monument | Paris | France | Jean Chalgrin | |
Lincoln Memorial | Monument | Washington, D.C. | United States | Henry Bacon | |
Washington Monument | Monument | Washington, D.C. | United States | Robert Mills | |
Stonehenge | Monument | | United Kingdom | | | England
Great Sphinx of Giza | Monument | Giza | Egypt | | |
Great Pyramid of Giza | Pyramid | Giza | Egypt | | |
Pyramid of the Sun | Pyramid | | Mexico | | |
Great Wall of China | Fortification | | China | | |
Hadrian's Wall | Fortification | | United Kingdom | | | England
Berlin Wall | Fortification | Berlin | Germany | | |
Golden Gate Bridge | Bridge | San Francisco | United States | | Golden Gate |
Tower Bridge | Bridge | London | United Kingdom | | River Thames |
Brooklyn Bridge | Bridge | New York City | United States | | East River |
Charles Bridge | Bridge | Prague | Czech Republic | | Vltava |
Rialto Bridge | Bridge | Venice | Italy | | |
Ponte Vecchio | Bridge | Florence | Italy | | Arno |
Øresund Bridge {Oresund_Bridge} | Bridge | | Denmark; Sweden | | Øresund |
Millau Viaduct | Bridge | | France | | Tarn (river) |
Hoover Dam | Dam | | United States | | Colorado River |
Three Gorges Dam | Dam | | China | | Yangtze |
Aswan High Dam | Dam | Aswan | Egypt | | Nile |
Itaipu Dam | Dam | | Brazil; Paraguay | | Paraná River |
Heathrow Airport | Airport | London | United Kingdom | | |
John F. Kennedy International Airport | Airport | New York City | United States | | |
O'Hare International Airport | Airport | Chicago | United States | | |
Hartsfield–Jackson Atlanta International Airport {Hartsfield_Jackson_Atlanta_International_Airport} | Airport | Atlanta | United States | | |
Charles de Gaulle Airport | Airport | | France | | | Île-de-France
Frankfurt Airport | Airport | Frankfurt | Germany | | |
Amsterdam Airport Schiphol | Airport | | Netherlands | | |
Dubai International Airport | Airport | Dubai | United Arab Emirates | | |
Singapore Changi Airport | Airport | | Singapore | | |
Haneda Airport | Airport | Tokyo | Japan | | |
Camp Nou | Stadium | Barcelona | Spain | | |
Santiago Bernabéu Stadium {Santiago_Bernabeu_Stadium} | Stadium | Madrid | Spain | | |
Metropolitano Stadium | Stadium | Madrid | Spain | | |
Allianz Arena | Stadium | Munich | Germany | | |
Westfalenstadion | Stadium | Dortmund | Germany | | |
Olympiastadion Berlin | Stadium | Berlin | Germany | | |
Old Trafford | Stadium | | United Kingdom | | | England
Anfield | Stadium | Liverpool | United Kingdom | | |
Emirates Stadium | Stadium | London | United Kingdom | | |
Stamford Bridge | Stadium | London | United Kingdom | | |
Tottenham Hotspur Stadium | Stadium | London | United Kingdom | | |
Wembley Stadium | Stadium | London | United Kingdom | | |
Lord's | Stadium | London | United Kingdom | | |
City of Manchester Stadium | Stadium | Manchester | United Kingdom | | |
Celtic Park | Stadium | Glasgow | United Kingdom | | |
Ibrox Stadium | Stadium | Glasgow | United Kingdom | | |
San Siro | Stadium | Milan | Italy | | |
Allianz Stadium | Stadium | Turin | Italy | | |
Stadio Olimpico | Stadium | Rome | Italy | | |
Stadio Diego Armando Maradona | Stadium | Naples | Italy | | |
Parc des Princes | Stadium | Paris | France | | |
Stade de France | Stadium | | France | | | Île-de-France
Stade Vélodrome {Stade_Velodrome} | Stadium | Marseille | France | | |
Johan Cruyff Arena | Stadium | Amsterdam | Netherlands | | |
Estádio da Luz {Estadio_da_Luz} | Stadium | Lisbon | Portugal | | |
Estádio José Alvalade {Estadio_Jose_Alvalade} | Stadium | Lisbon | Portugal | | |
Estádio do Dragão {Estadio_do_Dragao} | Stadium | Porto | Portugal | | |
La Bombonera | Stadium | Buenos Aires | Argentina | | |
Maracanã Stadium {Maracana_Stadium} | Stadium | Rio de Janeiro | Brazil | | |
Estadio Azteca | Stadium | Mexico City | Mexico | | |
Luzhniki Stadium | Stadium | Moscow | Russia | | |
Melbourne Cricket Ground | Stadium | Melbourne | Australia | | |
Yankee Stadium | Stadium | New York City | United States | | |
Fenway Park | Stadium | Boston | United States | | |
Wrigley Field | Stadium | Chicago | United States | | |
Dodger Stadium | Stadium | Los Angeles | United States | | |
Lambeau Field | Stadium | Green Bay, Wisconsin | United States | | |
Madison Square Garden | Arena | New York City | United States | | |
United Center | Arena | Chicago | United States | | |
TD Garden | Arena | Boston | United States | | |
Bell Centre | Arena | Montreal | Canada | | |
Scotiabank Arena | Arena | Toronto | Canada | | |
Vienna State Opera | OperaHouse | Vienna | Austria | | |
La Scala | OperaHouse | Milan | Italy | | |
Palais Garnier | OperaHouse | Paris | France | Charles Garnier | |
Royal Opera House | OperaHouse | London | United Kingdom | | |
Teatro Colón {Teatro_Colon} | OperaHouse | Buenos Aires | Argentina | | |
Bolshoi Theatre | Theatre | Moscow | Russia | | |
Shakespeare's Globe | Theatre | London | United Kingdom | | |
Carnegie Hall | ConcertHall | New York City | United States | | |
Royal Albert Hall | ConcertHall | London | United Kingdom | | |
Elbphilharmonie | ConcertHall | Hamburg | Germany | | |
Musikverein | ConcertHall | Vienna | Austria | | |
Louvre | Museum | Paris | France | | |
Musée d'Orsay {Musee_d_Orsay} | Museum | Paris | France | | |
Musée Marmottan Monet {Musee_Marmottan_Monet} | Museum | Paris | France | | |
Musée Rodin {Musee_Rodin} | Museum | Paris | France | | |
Museum of Modern Art | Museum | New York City | United States | | |
Metropolitan Museum of Art | Museum | New York City | United States | | |
Solomon R. Guggenheim Museum | Museum | New York City | United States | Frank Lloyd Wright | |
Neue Galerie New York | Museum | New York City | United States | | |
Art Institute of Chicago | Museum | Chicago | United States | | |
National Gallery of Art | Museum | Washington, D.C. | United States | | |
Los Angeles County Museum of Art | Museum | Los Angeles | United States | | |
British Museum | Museum | London | United Kingdom | | |
National Gallery | Museum | London | United Kingdom | | |
Tate Modern | Museum | London | United Kingdom | | |
Courtauld Gallery | Museum | London | United Kingdom | | |
Wallace Collection | Museum | London | United Kingdom | | |
Natural History Museum, London | Museum | London | United Kingdom | | |
Rijksmuseum | Museum | Amsterdam | Netherlands | | |
Van Gogh Museum | Museum | Amsterdam | Netherlands | | |
Mauritshuis | Museum | The Hague | Netherlands | | |
Kröller-Müller Museum {Kroller_Muller_Museum} | Museum | | Netherlands | | |
Museo del Prado | Museum | Madrid | Spain | | |
Museo Reina Sofía {Museo_Reina_Sofia} | Museum | Madrid | Spain | | |
Uffizi | Museum | Florence | Italy | | |
Galleria dell'Accademia | Museum | Florence | Italy | | |
Bargello | Museum | Florence | Italy | | |
Galleria Borghese | Museum | Rome | Italy | | |
Vatican Museums | Museum | | Vatican City | | |
Kunsthistorisches Museum | Museum | Vienna | Austria | | |
Belvedere, Vienna | Museum | Vienna | Austria | | |
Gemäldegalerie Alte Meister {Gemaldegalerie_Alte_Meister} | Museum | Dresden | Germany | | |
Pergamon Museum | Museum | Berlin | Germany | | |
Neues Museum | Museum | Berlin | Germany | | |
Hamburger Kunsthalle | Museum | Hamburg | Germany | | |
Hermitage Museum | Museum | Saint Petersburg | Russia | | |
Tretyakov Gallery | Museum | Moscow | Russia | | |
Czartoryski Museum | Museum | Kraków | Poland | | |
Acropolis Museum | Museum | Athens | Greece | | |
Egyptian Museum | Museum | Cairo | Egypt | | |
Munch Museum | Museum | Oslo | Norway | | |
National Museum of Anthropology | Museum | Mexico City | Mexico | | |
Museo de Arte Moderno | Museum | Mexico City | Mexico | | |
Machu Picchu | HistoricPlace | | Peru | | |
Acropolis of Athens | HistoricPlace | Athens | Greece | | |
Olympia, Greece | HistoricPlace | | Greece | | |
Valley of the Kings | HistoricPlace | | Egypt | | |
Auschwitz concentration camp | HistoricPlace | | Poland | | |
Petra | AncientCity | | Jordan | | |
Pompeii | AncientCity | | Italy | | | Campania
Chichen Itza | AncientCity | | Mexico | | |
Teotihuacan | AncientCity | | Mexico | | |
Carthage | AncientCity | | Tunisia | | |
Troy | AncientCity | | Turkey | | |
Babylon | AncientCity | | Iraq | | |
Persepolis | AncientCity | | Iran | | |
Great Zimbabwe | AncientCity | | Zimbabwe | | |
Mohenjo-daro | AncientCity | | Pakistan | | |
Pella | AncientCity | | Greece | | |
""")
BLOCKS.append("""
!cols label | locatedIn
Pyramid of the Sun | Teotihuacan
Louvre Pyramid | Louvre
Parthenon | Acropolis of Athens
Sistine Chapel | Vatican Museums
""")

# ---------------------------------------------------------------------------
# Astronomy
# ---------------------------------------------------------------------------
BLOCKS.append("""
!class Constellation
Orion
Canis Major
Canis Minor
Ursa Major
Ursa Minor
Lyra
Taurus
Scorpius
Boötes {Bootes}
Cygnus
Aquila
Virgo
Leo
Carina
Centaurus
Gemini
Piscis Austrinus
Eridanus
Cassiopeia
Andromeda
Triangulum
Dorado
Tucana
Canes Venatici
Crux
""")

BLOCKS.append("""
!cols label | class | orbits | discoverer | constellation | galaxy
Milky Way | Galaxy | | | |
Andromeda Galaxy | Galaxy | | | Andromeda |
Triangulum Galaxy | Galaxy | | | Triangulum |
Large Magellanic Cloud | Galaxy | | | Dorado |
Small Magellanic Cloud | Galaxy | | | Tucana |
Whirlpool Galaxy | Galaxy | | | Canes Venatici |
Sombrero Galaxy | Galaxy | | | Virgo |
Sun | Star | | | | Milky Way
Sirius | Star | | | Canis Major | Milky Way
Betelgeuse | Star | | | Orion | Milky Way
Rigel | Star | | | Orion | Milky Way
Polaris | Star | | | Ursa Minor | Milky Way
Vega | Star | | | Lyra | Milky Way
Aldebaran | Star | | | Taurus | Milky Way
Antares | Star | | | Scorpius | Milky Way
Arcturus | Star | | | Boötes | Milky Way
Deneb | Star | | | Cygnus | Milky Way
Altair | Star | | | Aquila | Milky Way
Spica | Star | | | Virgo | Milky Way
Regulus | Star | | | Leo | Milky Way
Canopus | Star | | | Carina | Milky Way
Proxima Centauri | Star | | | Centaurus | Milky Way
Pollux | Star | | | Gemini | Milky Way
Procyon | Star | | | Canis Minor | Milky Way
Fomalhaut | Star | | | Piscis Austrinus | Milky Way
Achernar | Star | | | Eridanus | Milky Way
Mercury | TerrestrialPlanet | Sun | | |
Venus | TerrestrialPlanet | Sun | | |
Earth | TerrestrialPlanet | Sun | | |
Mars | TerrestrialPlanet | Sun | | |
Jupiter | GasGiant | Sun | | |
Saturn | GasGiant | Sun | | |
Uranus | IceGiant | Sun | William Herschel | |
Neptune | IceGiant | Sun | Johann Gottfried Galle; Urbain Le Verrier | |
Pluto | DwarfPlanet | Sun | Clyde Tombaugh | |
Ceres | DwarfPlanet | Sun | Giuseppe Piazzi | |
Eris | DwarfPlanet | Sun | Michael E. Brown | |
Haumea | DwarfPlanet | Sun | | |
Makemake | DwarfPlanet | Sun | | |
Vesta | Asteroid | Sun | Heinrich Wilhelm Olbers | |
Pallas | Asteroid | Sun | Heinrich Wilhelm Olbers | |
Halley's Comet | Comet | Sun | | |
Comet Hale–Bopp {Comet_Hale_Bopp} | Comet | Sun | | |
Moon | NaturalSatellite | Earth | | |
Phobos | NaturalSatellite | Mars | Asaph Hall | |
Deimos | NaturalSatellite | Mars | Asaph Hall | |
Io | NaturalSatellite | Jupiter | Galileo Galilei | |
Europa | NaturalSatellite | Jupiter | Galileo Galilei | |
Ganymede | NaturalSatellite | Jupiter | Galileo Galilei | |
Callisto | NaturalSatellite | Jupiter | Galileo Galilei | |
Titan | NaturalSatellite | Saturn | Christiaan Huygens | |
Enceladus | NaturalSatellite | Saturn | William Herschel | |
Mimas | NaturalSatellite | Saturn | William Herschel | |
Titania | NaturalSatellite | Uranus | William Herschel | |
Oberon | NaturalSatellite | Uranus | William Herschel | |
Miranda | NaturalSatellite | Uranus | Gerard Kuiper | |
Triton | NaturalSatellite | Neptune | William Lassell | |
Charon | NaturalSatellite | Pluto | James Christy | |
""")

# ---------------------------------------------------------------------------
# People: label | class | birthPlace | deathPlace | nationality | birthYear | deathYear
# (birth and death places are given at city level where well known, otherwise
#  at region or country level; nationality only where unambiguous)
# ---------------------------------------------------------------------------
PEOPLE_COLS = "!cols label | class | birthPlace | deathPlace | nationality | birthYear | deathYear"

BLOCKS.append(PEOPLE_COLS + """
# --- physicists, astronomers
Albert Einstein | Physicist | Ulm | Princeton, New Jersey | Switzerland; United States; Germany | 1879 | 1955
Isaac Newton | Physicist | England | London | | | 1727
Marie Curie | Physicist | Warsaw | France | France | 1867 | 1934
Pierre Curie | Physicist | Paris | Paris | France | 1859 | 1906
Niels Bohr | Physicist | Copenhagen | Copenhagen | Denmark | 1885 | 1962
Max Planck | Physicist | Kiel | Göttingen | Germany | 1858 | 1947
Werner Heisenberg | Physicist | Würzburg | Munich | Germany | 1901 | 1976
Erwin Schrödinger {Erwin_Schrodinger} | Physicist | Vienna | Vienna | Austria | 1887 | 1961
Paul Dirac | Physicist | Bristol | Tallahassee | United Kingdom | 1902 | 1984
Richard Feynman | Physicist | New York City | Los Angeles | United States | 1918 | 1988
Enrico Fermi | Physicist | Rome | Chicago | Italy; United States | 1901 | 1954
J. Robert Oppenheimer | Physicist | New York City | Princeton, New Jersey | United States | 1904 | 1967
Stephen Hawking | Physicist | Oxford | Cambridge | United Kingdom | 1942 | 2018
Ernest Rutherford | Physicist | New Zealand | Cambridge | | 1871 | 1937
Michael Faraday | Physicist | London | | | 1791 | 1867
James Clerk Maxwell | Physicist | Edinburgh | Cambridge | | 1831 | 1879
Wilhelm Röntgen {Wilhelm_Rontgen} | Physicist | Germany | Munich | Germany | 1845 | 1923
Lise Meitner | Physicist | Vienna | Cambridge | Austria; Sweden | 1878 | 1968
Peter Higgs | Physicist | Newcastle upon Tyne | | United Kingdom | 1929 |
Christiaan Huygens | Physicist | The Hague | The Hague | | 1629 | 1695
Galileo Galilei | Astronomer | Pisa | | | 1564 | 1642
Nicolaus Copernicus | Astronomer | Toruń | Frombork | | 1473 | 1543
Johannes Kepler | Astronomer | Weil der Stadt | Regensburg | | 1571 | 1630
Tycho Brahe | Astronomer | | Prague | | 1546 | 1601
Edwin Hubble | Astronomer | Missouri | California | United States | 1889 | 1953
Carl Sagan | Astronomer | New York City | Seattle | United States | 1934 | 1996
William Herschel | Astronomer | Hanover | Slough | | 1738 | 1822
Clyde Tombaugh | Astronomer | Illinois | New Mexico | United States | 1906 | 1997
Urbain Le Verrier | Astronomer | Saint-Lô | Paris | France | 1811 | 1877
Johann Gottfried Galle | Astronomer | Germany | Potsdam | | 1812 | 1910
Giuseppe Piazzi | Astronomer | Italy | Naples | | 1746 | 1826
Michael E. Brown | Astronomer | Alabama | | United States | 1965 |
Asaph Hall | Astronomer | Connecticut | | United States | 1829 | 1907
Gerard Kuiper | Astronomer | Netherlands | Mexico City | | 1905 | 1973
William Lassell | Astronomer | England | | | 1799 | 1880
James Christy | Astronomer | | | United States | 1938 |
Heinrich Wilhelm Olbers | Astronomer | Germany | Germany | | 1758 | 1840
# --- chemists, biologists
Dmitri Mendeleev | Chemist | Russia | Saint Petersburg | | 1834 | 1907
Antoine Lavoisier | Chemist | Paris | Paris | France | 1743 | 1794
Linus Pauling | Chemist | Portland, Oregon | California | United States | 1901 | 1994
Alfred Nobel | Chemist | Stockholm | Italy | Sweden | 1833 | 1896
Humphry Davy | Chemist | Penzance | Geneva | | 1778 | 1829
Henry Cavendish | Chemist | Nice | London | | 1731 | 1810
Robert Boyle | Chemist | Ireland | London | | 1627 | 1691
John Dalton | Chemist | England | Manchester | | 1766 | 1844
Rosalind Franklin | Chemist | London | London | United Kingdom | 1920 | 1958
Dorothy Hodgkin | Chemist | Cairo | England | United Kingdom | 1910 | 1994
William Ramsay | Chemist | Glasgow | High Wycombe | | 1852 | 1916
Carl Wilhelm Scheele | Chemist | Germany | Sweden | | 1742 | 1786
Otto Hahn | Chemist | Frankfurt | Göttingen | Germany | 1879 | 1968
Frederick Sanger | Chemist | England | Cambridge | United Kingdom | 1918 | 2013
Martin Heinrich Klaproth | Chemist | Wernigerode | Berlin | | 1743 | 1817
Daniel Rutherford | Chemist | Edinburgh | Edinburgh | | 1749 | 1819
Louis Pasteur | Chemist | Dole | France | France | 1822 | 1895
Charles Darwin | Naturalist | Shrewsbury | Downe | United Kingdom | 1809 | 1882
Alexander von Humboldt | Naturalist | Berlin | Berlin | | 1769 | 1859
Carl Linnaeus | Naturalist | Sweden | Uppsala | | 1707 | 1778
Gregor Mendel | Biologist | Czech Republic | Brno | | 1822 | 1884
Alexander Fleming | Biologist | Scotland | London | United Kingdom | 1881 | 1955
Robert Koch | Biologist | Germany | Baden-Baden | Germany | 1843 | 1910
James Watson | Biologist | Chicago | | United States | 1928 |
Francis Crick | Biologist | Northampton | San Diego | United Kingdom | 1916 | 2004
Jane Goodall | Biologist | London | | United Kingdom | 1934 |
Ivan Pavlov | Biologist | Ryazan | Saint Petersburg | | 1849 | 1936
Rachel Carson | Biologist | Pennsylvania | Maryland | United States | 1907 | 1964
Richard Dawkins | Biologist | Nairobi | | United Kingdom | 1941 |
Frederick Banting | Scientist | Ontario | | Canada | 1891 | 1941
Charles Best | Scientist | Maine | Toronto | | 1899 | 1978
# --- mathematicians, computer scientists
Carl Friedrich Gauss | Mathematician | Braunschweig | Göttingen | | 1777 | 1855
Leonhard Euler | Mathematician | Basel | Saint Petersburg | | 1707 | 1783
Pythagoras | Mathematician | Samos | | | |
Euclid | Mathematician | | | | |
Archimedes | Mathematician | Syracuse, Sicily | Syracuse, Sicily | | |
Ada Lovelace | Mathematician | London | London | | 1815 | 1852
John von Neumann | Mathematician | Budapest | Washington, D.C. | Hungary; United States | 1903 | 1957
Srinivasa Ramanujan | Mathematician | India | India | | 1887 | 1920
Blaise Pascal | Mathematician | France | Paris | | 1623 | 1662
Pierre de Fermat | Mathematician | France | France | | | 1665
Bernhard Riemann | Mathematician | Germany | Italy | | 1826 | 1866
David Hilbert | Mathematician | | Göttingen | Germany | 1862 | 1943
Emmy Noether | Mathematician | Bavaria | Pennsylvania | Germany | 1882 | 1935
Kurt Gödel {Kurt_Godel} | Mathematician | Brno | Princeton, New Jersey | Austria; United States | 1906 | 1978
Terence Tao | Mathematician | Adelaide | | Australia; United States | 1975 |
Maryam Mirzakhani | Mathematician | Tehran | California | Iran | 1977 | 2017
John Nash | Mathematician | | New Jersey | United States | 1928 | 2015
Andrew Wiles | Mathematician | Cambridge | | United Kingdom | 1953 |
John G. Kemeny | Mathematician | Budapest | New Hampshire | United States | 1926 | 1992
Alan Turing | ComputerScientist | London | Wilmslow | United Kingdom | 1912 | 1954
Tim Berners-Lee | ComputerScientist | London | | United Kingdom | 1955 |
Donald Knuth | ComputerScientist | Milwaukee | | United States | 1938 |
Edsger W. Dijkstra | ComputerScientist | Rotterdam | Netherlands | Netherlands | 1930 | 2002
Dennis Ritchie | ComputerScientist | New York (state) | New Jersey | United States | 1941 | 2011
Ken Thompson | ComputerScientist | New Orleans | | United States | 1943 |
Grace Hopper | ComputerScientist | New York City | Virginia | United States | 1906 | 1992
Linus Torvalds | ComputerScientist | Helsinki | | Finland; United States | 1969 |
Guido van Rossum | ComputerScientist | Haarlem | | Netherlands | 1956 |
Bjarne Stroustrup | ComputerScientist | Aarhus | | Denmark | 1950 |
James Gosling | ComputerScientist | | | Canada | 1955 |
Brendan Eich | ComputerScientist | Pittsburgh | | United States | 1961 |
John McCarthy | ComputerScientist | Boston | California | United States | 1927 | 2011
Alan Kay | ComputerScientist | Massachusetts | | United States | 1940 |
Niklaus Wirth | ComputerScientist | Winterthur | | Switzerland | 1934 |
John Backus | ComputerScientist | Philadelphia | Oregon | United States | 1924 | 2007
Yukihiro Matsumoto | ComputerScientist | Osaka | | Japan | 1965 |
Larry Wall | ComputerScientist | | | United States | 1954 |
Geoffrey Hinton | ComputerScientist | London | | United Kingdom; Canada | 1947 |
Yann LeCun | ComputerScientist | France | | France | 1960 |
Yoshua Bengio | ComputerScientist | Paris | | Canada | 1964 |
Vint Cerf | ComputerScientist | New Haven, Connecticut | | United States | 1943 |
Rasmus Lerdorf | ComputerScientist | Greenland | | | 1968 |
Anders Hejlsberg | ComputerScientist | Copenhagen | | Denmark | 1960 |
Martin Odersky | ComputerScientist | | | Germany | 1958 |
Thomas E. Kurtz | ComputerScientist | Illinois | | United States | 1928 |
Alexey Pajitnov | ComputerScientist | Moscow | | | 1955 |
Markus Persson | Person | Stockholm | | Sweden | 1979 |
Shigeru Miyamoto | Person | Japan | | Japan | 1952 |
L. L. Zamenhof | Person | Białystok | Warsaw | | 1859 | 1917
Marc Okrand | Person | | | United States | 1948 |
# --- economists, psychologists
Adam Smith | Economist | Kirkcaldy | Edinburgh | | 1723 | 1790
John Maynard Keynes | Economist | Cambridge | England | United Kingdom | 1883 | 1946
Milton Friedman | Economist | New York City | San Francisco | United States | 1912 | 2006
Friedrich Hayek | Economist | Vienna | Freiburg im Breisgau | Austria; United Kingdom | 1899 | 1992
Paul Krugman | Economist | New York (state) | | United States | 1953 |
Daniel Kahneman | Psychologist | Tel Aviv | | Israel; United States | 1934 |
Sigmund Freud | Psychologist | Příbor | London | Austria | 1856 | 1939
Carl Jung | Psychologist | Switzerland | Küsnacht | Switzerland | 1875 | 1961
# --- philosophers and theologians
Socrates | Philosopher | Athens | Athens | | |
Plato | Philosopher | | Athens | | |
Aristotle | Philosopher | Greece | Greece | | |
Confucius | Philosopher | China | China | | |
Laozi | Philosopher | | | | |
Immanuel Kant | Philosopher | | | | 1724 | 1804
Friedrich Nietzsche | Philosopher | Röcken | Weimar | | 1844 | 1900
Georg Wilhelm Friedrich Hegel | Philosopher | Stuttgart | Berlin | | 1770 | 1831
Arthur Schopenhauer | Philosopher | Gdańsk | Frankfurt | | 1788 | 1860
Jean-Paul Sartre | Philosopher | Paris | Paris | France | 1905 | 1980
Simone de Beauvoir | Philosopher | Paris | Paris | France | 1908 | 1986
René Descartes {Rene_Descartes} | Philosopher | France | Stockholm | | 1596 | 1650
Gottfried Wilhelm Leibniz | Philosopher | Leipzig | Hanover | | 1646 | 1716
Jean-Jacques Rousseau | Philosopher | Geneva | France | | 1712 | 1778
John Locke | Philosopher | England | England | | 1632 | 1704
Thomas Hobbes | Philosopher | England | England | | 1588 | 1679
David Hume | Philosopher | Edinburgh | Edinburgh | | 1711 | 1776
Ludwig Wittgenstein | Philosopher | Vienna | Cambridge | Austria; United Kingdom | 1889 | 1951
Søren Kierkegaard {Soren_Kierkegaard} | Philosopher | Copenhagen | Copenhagen | | 1813 | 1855
Baruch Spinoza | Philosopher | Amsterdam | The Hague | | 1632 | 1677
Bertrand Russell | Philosopher | Wales | Wales | United Kingdom | 1872 | 1970
Martin Heidegger | Philosopher | Germany | Freiburg im Breisgau | Germany | 1889 | 1976
Niccolò Machiavelli | Philosopher | Florence | Florence | | 1469 | 1527
Hannah Arendt | Philosopher | Hanover | New York City | United States | 1906 | 1975
Michel Foucault | Philosopher | Poitiers | Paris | France | 1926 | 1984
Karl Marx | Philosopher | Trier | London | | 1818 | 1883
Friedrich Engels | Philosopher | Wuppertal | London | | 1820 | 1895
William Godwin | Philosopher | England | London | | 1756 | 1836
Thomas Aquinas | Theologian | Italy | Italy | | |
Martin Luther | Theologian | Eisleben | Eisleben | | 1483 | 1546
John Calvin | Theologian | France | Geneva | | 1509 | 1564
John Wesley | Cleric | England | London | | 1703 | 1791
# --- writers
Voltaire | Writer | Paris | Paris | France | 1694 | 1778
Mary Wollstonecraft | Writer | London | London | | 1759 | 1797
Jane Austen | Novelist | England | Winchester | | 1775 | 1817
Charlotte Brontë {Charlotte_Bronte} | Novelist | England | Haworth | | 1816 | 1855
Emily Brontë {Emily_Bronte} | Novelist | England | Haworth | | 1818 | 1848
Anne Brontë {Anne_Bronte} | Novelist | England | England | | 1820 | 1849
Charles Dickens | Novelist | Portsmouth | England | | 1812 | 1870
Mary Shelley | Novelist | London | London | | 1797 | 1851
Percy Bysshe Shelley | Poet | England | Italy | | 1792 | 1822
Bram Stoker | Novelist | Dublin | London | | 1847 | 1912
Oscar Wilde | Writer | Dublin | Paris | | 1854 | 1900
George Orwell | Novelist | India | London | United Kingdom | 1903 | 1950
Aldous Huxley | Novelist | England | Los Angeles | United Kingdom | 1894 | 1963
Ray Bradbury | Novelist | Illinois | Los Angeles | United States | 1920 | 2012
F. Scott Fitzgerald | Novelist | Saint Paul, Minnesota | Los Angeles | United States | 1896 | 1940
Zelda Fitzgerald | Novelist | Montgomery, Alabama | North Carolina | United States | 1900 | 1948
Harper Lee | Novelist | Alabama | Alabama | United States | 1926 | 2016
J. D. Salinger | Novelist | New York City | New Hampshire | United States | 1919 | 2010
Herman Melville | Novelist | New York City | New York City | United States | 1819 | 1891
Mark Twain | Novelist | Missouri | Connecticut | United States | 1835 | 1910
Ernest Hemingway | Novelist | Illinois | Idaho | United States | 1899 | 1961
John Steinbeck | Novelist | California | New York City | United States | 1902 | 1968
William Faulkner | Novelist | Mississippi | Mississippi | United States | 1897 | 1962
Toni Morrison | Novelist | Ohio | New York City | United States | 1931 | 2019
James Joyce | Novelist | Dublin | Zurich | | 1882 | 1941
Virginia Woolf | Novelist | London | England | United Kingdom | 1882 | 1941
William Golding | Novelist | England | England | United Kingdom | 1911 | 1993
J. R. R. Tolkien | Novelist | Bloemfontein | Bournemouth | United Kingdom | 1892 | 1973
J. K. Rowling | Novelist | England | | United Kingdom | 1965 |
George R. R. Martin | Novelist | New Jersey | | United States | 1948 |
C. S. Lewis | Novelist | Belfast | Oxford | United Kingdom | 1898 | 1963
Lewis Carroll | Writer | England | Guildford | | 1832 | 1898
Jonathan Swift | Writer | Dublin | Dublin | | 1667 | 1745
Daniel Defoe | Novelist | London | London | | | 1731
Robert Louis Stevenson | Novelist | Edinburgh | Samoa | | 1850 | 1894
H. G. Wells | Novelist | England | London | United Kingdom | 1866 | 1946
Jules Verne | Novelist | Nantes | Amiens | France | 1828 | 1905
Frank Herbert | Novelist | Washington (state) | Wisconsin | United States | 1920 | 1986
Isaac Asimov | Novelist | Russia | New York City | United States | | 1992
Philip K. Dick | Novelist | Chicago | California | United States | 1928 | 1982
William Gibson | Novelist | South Carolina | | United States; Canada | 1948 |
Douglas Adams | Novelist | Cambridge | California | United Kingdom | 1952 | 2001
Kurt Vonnegut | Novelist | Indianapolis | New York City | United States | 1922 | 2007
Joseph Heller | Novelist | New York City | New York (state) | United States | 1923 | 1999
Margaret Atwood | Novelist | Ottawa | | Canada | 1939 |
Vladimir Nabokov | Novelist | Saint Petersburg | Montreux | United States | 1899 | 1977
Stephen King | Novelist | Portland, Maine | | United States | 1947 |
Dan Brown | Novelist | New Hampshire | | United States | 1964 |
Agatha Christie | Novelist | Torquay | England | United Kingdom | 1890 | 1976
Arthur Conan Doyle | Novelist | Edinburgh | England | United Kingdom | 1859 | 1930
Salman Rushdie | Novelist | Mumbai | | United Kingdom | 1947 |
Chinua Achebe | Novelist | Nigeria | Boston | Nigeria | 1930 | 2013
Khaled Hosseini | Novelist | Kabul | | United States | 1965 |
Cormac McCarthy | Novelist | Providence, Rhode Island | | United States | 1933 | 2023
Kazuo Ishiguro | Novelist | Nagasaki | | United Kingdom | 1954 |
Yann Martel | Novelist | Salamanca | | Canada | 1963 |
Joseph Conrad | Novelist | Ukraine | England | United Kingdom | 1857 | 1924
Nathaniel Hawthorne | Novelist | Massachusetts | New Hampshire | United States | 1804 | 1864
Harriet Beecher Stowe | Novelist | Connecticut | Hartford, Connecticut | United States | 1811 | 1896
Louisa May Alcott | Novelist | Philadelphia | Boston | United States | 1832 | 1888
Margaret Mitchell | Novelist | Atlanta | Atlanta | United States | 1900 | 1949
Jack Kerouac | Novelist | Massachusetts | Florida | United States | 1922 | 1969
Jack London | Novelist | San Francisco | California | United States | 1876 | 1916
Daphne du Maurier | Novelist | London | England | United Kingdom | 1907 | 1989
Thomas Hardy | Novelist | England | England | United Kingdom | 1840 | 1928
George Eliot | Novelist | England | London | | 1819 | 1880
Walter Scott | Novelist | Edinburgh | Scotland | | 1771 | 1832
Victor Hugo | Novelist | Besançon | Paris | France | 1802 | 1885
Gustave Flaubert | Novelist | Rouen | France | France | 1821 | 1880
Alexandre Dumas | Novelist | France | France | France | 1802 | 1870
Marcel Proust | Novelist | Paris | Paris | France | 1871 | 1922
Albert Camus | Novelist | Algeria | France | France | 1913 | 1960
Antoine de Saint-Exupéry {Antoine_de_Saint_Exupery} | Writer | Lyon | Mediterranean Sea | France | 1900 | 1944
Émile Zola {Emile_Zola} | Novelist | Paris | Paris | France | 1840 | 1902
Leo Tolstoy | Novelist | Russia | Russia | | 1828 | 1910
Fyodor Dostoevsky | Novelist | Moscow | Saint Petersburg | | 1821 | 1881
Boris Pasternak | Novelist | Moscow | Russia | | 1890 | 1960
Mikhail Bulgakov | Novelist | Kyiv | Moscow | | 1891 | 1940
Nikolai Gogol | Novelist | Ukraine | Moscow | | 1809 | 1852
Ivan Turgenev | Novelist | Oryol | France | | 1818 | 1883
Aleksandr Solzhenitsyn | Novelist | Kislovodsk | Moscow | Russia | 1918 | 2008
Alexander Pushkin | Poet | Moscow | Saint Petersburg | | 1799 | 1837
Anton Chekhov | Playwright | Taganrog | Germany | | 1860 | 1904
Franz Kafka | Novelist | Prague | Austria | | 1883 | 1924
Thomas Mann | Novelist | Lübeck | Zurich | Germany; United States | 1875 | 1955
Hermann Hesse | Novelist | Calw | Switzerland | Germany; Switzerland | 1877 | 1962
Erich Maria Remarque | Novelist | Osnabrück | Locarno | | 1898 | 1970
Johann Wolfgang von Goethe | Writer | Frankfurt | Weimar | | 1749 | 1832
Friedrich Schiller | Playwright | Marbach am Neckar | Weimar | | 1759 | 1805
Günter Grass {Gunter_Grass} | Novelist | Gdańsk | Lübeck | Germany | 1927 | 2015
Patrick Süskind {Patrick_Suskind} | Novelist | Germany | | Germany | 1949 |
Miguel de Cervantes | Novelist | Alcalá de Henares | Madrid | | 1547 | 1616
Gabriel García Márquez {Gabriel_Garcia_Marquez} | Novelist | Colombia | Mexico City | Colombia | 1927 | 2014
Jorge Luis Borges | Writer | Buenos Aires | Geneva | Argentina | 1899 | 1986
Isabel Allende | Novelist | Lima | | Chile; United States | 1942 |
Pablo Neruda | Poet | Chile | Santiago | Chile | 1904 | 1973
Umberto Eco | Novelist | Alessandria | Milan | Italy | 1932 | 2016
Alessandro Manzoni | Novelist | Milan | Milan | | 1785 | 1873
Carlo Collodi | Writer | Florence | Florence | | 1826 | 1890
Giuseppe Tomasi di Lampedusa | Novelist | Palermo | Rome | Italy | 1896 | 1957
Paulo Coelho | Novelist | Rio de Janeiro | | Brazil | 1947 |
José Saramago {Jose_Saramago} | Novelist | Portugal | Spain | Portugal | 1922 | 2010
Haruki Murakami | Novelist | Kyoto | | Japan | 1949 |
Murasaki Shikibu | Novelist | | | | |
Yasunari Kawabata | Novelist | Osaka | Japan | Japan | 1899 | 1972
Cao Xueqin | Novelist | | | | |
Homer | Poet | | | | |
Virgil | Poet | Italy | Brindisi | | |
Dante Alighieri | Poet | Florence | Ravenna | | |
John Milton | Poet | London | London | | 1608 | 1674
Geoffrey Chaucer | Poet | London | London | | | 1400
William Shakespeare | Playwright | Stratford-upon-Avon | Stratford-upon-Avon | | 1564 | 1616
Edgar Allan Poe | Writer | Boston | Baltimore | United States | 1809 | 1849
T. S. Eliot | Poet | St. Louis | London | United States; United Kingdom | 1888 | 1965
Walt Whitman | Poet | New York (state) | New Jersey | United States | 1819 | 1892
Allen Ginsberg | Poet | Newark, New Jersey | New York City | United States | 1926 | 1997
Lord Byron | Poet | London | Greece | | 1788 | 1824
John Keats | Poet | London | Rome | | 1795 | 1821
Robert Frost | Poet | San Francisco | Boston | United States | 1874 | 1963
Emily Dickinson | Poet | Massachusetts | Massachusetts | United States | 1830 | 1886
Maya Angelou | Poet | St. Louis | North Carolina | United States | 1928 | 2014
Sophocles | Playwright | | Athens | | |
Euripides | Playwright | Greece | | | |
Samuel Beckett | Playwright | Dublin | Paris | Ireland | 1906 | 1989
Arthur Miller | Playwright | New York City | Connecticut | United States | 1915 | 2005
Tennessee Williams | Playwright | Mississippi | New York City | United States | 1911 | 1983
George Bernard Shaw | Playwright | Dublin | England | Ireland; United Kingdom | 1856 | 1950
Henrik Ibsen | Playwright | Skien | Oslo | Norway | 1828 | 1906
Edmond Rostand | Playwright | Marseille | Paris | France | 1868 | 1918
Molière {Moliere} | Playwright | Paris | Paris | France | 1622 | 1673
Eugene O'Neill | Playwright | New York City | Boston | United States | 1888 | 1953
J. M. Barrie | Playwright | Scotland | London | United Kingdom | 1860 | 1937
Rabindranath Tagore | Poet | Kolkata | Kolkata | | 1861 | 1941
Rudyard Kipling | Writer | Mumbai | London | United Kingdom | 1865 | 1936
W. B. Yeats | Poet | Dublin | France | Ireland | 1865 | 1939
Alice Munro | Writer | Ontario | | Canada | 1931 |
Doris Lessing | Novelist | Kermanshah | London | United Kingdom | 1919 | 2013
Orhan Pamuk | Novelist | Istanbul | | Turkey | 1952 |
Anne Frank | Writer | Frankfurt | Germany | | 1929 | 1945
Hans Christian Andersen | Writer | Odense | Copenhagen | Denmark | 1805 | 1875
Jacob Grimm | Writer | Hesse | Berlin | | 1785 | 1863
Wilhelm Grimm | Writer | Hesse | Berlin | | 1786 | 1859
A. A. Milne | Writer | London | England | United Kingdom | 1882 | 1956
Ian Fleming | Novelist | London | England | United Kingdom | 1908 | 1964
Mario Puzo | Novelist | New York City | New York (state) | United States | 1920 | 1999
Thomas Harris | Novelist | Tennessee | | United States | 1940 |
Michael Bond | Writer | England | London | United Kingdom | 1926 | 2017
L. Frank Baum | Writer | New York (state) | Los Angeles | United States | 1856 | 1919
Thomas Keneally | Novelist | Sydney | | Australia | 1935 |
Stan Lee | Writer | New York City | Los Angeles | United States | 1922 | 2018
Jerry Siegel | Writer | Cleveland | Los Angeles | United States | 1914 | 1996
Bill Finger | Writer | Denver | New York City | United States | 1914 | 1974
René Goscinny {Rene_Goscinny} | Writer | Paris | Paris | France | 1926 | 1977
Alan Moore | Writer | Northampton | | United Kingdom | 1953 |
Hunter S. Thompson | Journalist | Kentucky | Colorado | United States | 1937 | 2005
Bob Woodward | Journalist | Illinois | | United States | 1943 |
Christiane Amanpour | Journalist | London | | United Kingdom | 1958 |
# --- cartoonists, screenwriters, comedians
Hergé {Herge} | Cartoonist | Belgium | Belgium | Belgium | 1907 | 1983
Albert Uderzo | Cartoonist | France | Neuilly-sur-Seine | France | 1927 | 2020
Charles M. Schulz | Cartoonist | Minneapolis | California | United States | 1922 | 2000
Dave Gibbons | Cartoonist | England | | United Kingdom | 1949 |
Art Spiegelman | Cartoonist | Stockholm | | United States | 1948 |
Osamu Tezuka | Cartoonist | Japan | Tokyo | Japan | 1928 | 1989
Akira Toriyama | Cartoonist | Nagoya | | Japan | 1955 |
Eiichiro Oda | Cartoonist | Japan | | Japan | 1975 |
Masashi Kishimoto | Cartoonist | Japan | | Japan | 1974 |
Steve Ditko | Cartoonist | Pennsylvania | New York City | United States | 1927 | 2018
Joe Shuster | Cartoonist | Toronto | Los Angeles | | 1914 | 1992
Bob Kane | Cartoonist | New York City | Los Angeles | United States | 1915 | 1998
Ub Iwerks | Cartoonist | Kansas City, Missouri | Burbank, California | United States | 1901 | 1971
Matt Groening | Cartoonist | Portland, Oregon | | United States | 1954 |
Seth MacFarlane | Cartoonist | Connecticut | | United States | 1973 |
Trey Parker | ScreenWriter | Colorado | | United States | 1969 |
Matt Stone | ScreenWriter | Houston | | United States | 1971 |
Vince Gilligan | ScreenWriter | Richmond, Virginia | | United States | 1967 |
David Chase | ScreenWriter | | | United States | 1945 |
David Simon | ScreenWriter | Washington, D.C. | | United States | 1960 |
David Benioff | ScreenWriter | New York City | | United States | 1970 |
D. B. Weiss | ScreenWriter | Chicago | | United States | 1971 |
David Crane | ScreenWriter | | | United States | 1957 |
Marta Kauffman | ScreenWriter | | | United States | 1956 |
Mark Frost | ScreenWriter | | | United States | 1953 |
Steven Moffat | ScreenWriter | Scotland | | United Kingdom | 1961 |
Mark Gatiss | ScreenWriter | England | | United Kingdom | 1966 |
Gene Roddenberry | ScreenWriter | El Paso, Texas | California | United States | 1921 | 1991
Rod Serling | ScreenWriter | New York (state) | New York (state) | United States | 1924 | 1975
Richard Curtis | ScreenWriter | Wellington | | United Kingdom | 1956 |
Matthew Weiner | ScreenWriter | Baltimore | | United States | 1965 |
Peter Morgan | ScreenWriter | London | | United Kingdom | 1963 |
Álex Pina {Alex_Pina} | ScreenWriter | Pamplona | | Spain | 1967 |
Matt Duffer | ScreenWriter | North Carolina | | United States | 1984 |
Ross Duffer | ScreenWriter | North Carolina | | United States | 1984 |
Larry David | Comedian | New York City | | United States | 1947 |
Jerry Seinfeld | Comedian | New York City | | United States | 1954 |
Rowan Atkinson | Comedian | England | | United Kingdom | 1955 |
John Cleese | Comedian | England | | United Kingdom | 1939 |
Connie Booth | Actor | Indiana | | | 1940 |
Eddie Murphy | Comedian | New York City | | United States | 1961 |
Richard Pryor | Comedian | Illinois | Los Angeles | United States | 1940 | 2005
George Carlin | Comedian | New York City | California | United States | 1937 | 2008
# --- painters, sculptors, photographers, designers
Leonardo da Vinci | Painter | Vinci | France | | 1452 | 1519
Michelangelo | Sculptor | Italy | Rome | | 1475 | 1564
Raphael | Painter | Urbino | Rome | | 1483 | 1520
Vincent van Gogh | Painter | Netherlands | France | | 1853 | 1890
Theo van Gogh | BusinessPerson | Netherlands | Utrecht | | 1857 | 1891
Pablo Picasso | Painter | Málaga | France | Spain | 1881 | 1973
Salvador Dalí {Salvador_Dali} | Painter | Figueres | Figueres | Spain | 1904 | 1989
Edvard Munch | Painter | Norway | Oslo | Norway | 1863 | 1944
Rembrandt | Painter | Leiden | Amsterdam | | 1606 | 1669
Johannes Vermeer | Painter | Delft | Delft | | 1632 | 1675
Sandro Botticelli | Painter | Florence | Florence | | | 1510
Titian | Painter | Italy | Venice | | | 1576
Diego Velázquez {Diego_Velazquez} | Painter | Seville | Madrid | | 1599 | 1660
Hieronymus Bosch | Painter | Netherlands | Netherlands | | | 1516
Francisco Goya | Painter | Spain | Bordeaux | | 1746 | 1828
Gustav Klimt | Painter | Vienna | Vienna | | 1862 | 1918
Grant Wood | Painter | Iowa | Iowa | United States | 1891 | 1942
Edward Hopper | Painter | New York (state) | New York City | United States | 1882 | 1967
Georges Seurat | Painter | Paris | Paris | France | 1859 | 1891
Eugène Delacroix {Eugene_Delacroix} | Painter | France | Paris | France | 1798 | 1863
Théodore Géricault {Theodore_Gericault} | Painter | Rouen | Paris | France | 1791 | 1824
Claude Monet | Painter | Paris | Giverny | France | 1840 | 1926
Caspar David Friedrich | Painter | Greifswald | Dresden | | 1774 | 1840
John Constable | Painter | England | London | | 1776 | 1837
J. M. W. Turner | Painter | London | London | | 1775 | 1851
Jan van Eyck | Painter | | Bruges | | | 1441
Hans Holbein the Younger | Painter | Augsburg | London | | | 1543
Édouard Manet {Edouard_Manet} | Painter | Paris | Paris | France | 1832 | 1883
James McNeill Whistler | Painter | Massachusetts | London | United States | 1834 | 1903
Jean-François Millet {Jean_Francois_Millet} | Painter | France | France | France | 1814 | 1875
Pierre-Auguste Renoir | Painter | Limoges | France | France | 1841 | 1919
Andrew Wyeth | Painter | Pennsylvania | Pennsylvania | United States | 1917 | 2009
Andy Warhol | Painter | Pittsburgh | New York City | United States | 1928 | 1987
Katsushika Hokusai | Painter | | | | 1760 | 1849
René Magritte {Rene_Magritte} | Painter | Belgium | Brussels | Belgium | 1898 | 1967
Frida Kahlo | Painter | Mexico City | Mexico City | Mexico | 1907 | 1954
Diego Rivera | Painter | Guanajuato City | Mexico City | Mexico | 1886 | 1957
Piet Mondrian | Painter | Amersfoort | New York City | | 1872 | 1944
Kazimir Malevich | Painter | Kyiv | Saint Petersburg | | 1879 | 1935
Jackson Pollock | Painter | Wyoming | New York (state) | United States | 1912 | 1956
Pieter Bruegel the Elder | Painter | | Brussels | | | 1569
Jean-Honoré Fragonard {Jean_Honore_Fragonard} | Painter | Grasse | Paris | France | 1732 | 1806
Paul Cézanne {Paul_Cezanne} | Painter | Aix-en-Provence | Aix-en-Provence | France | 1839 | 1906
Paul Gauguin | Painter | Paris | | France | 1848 | 1903
Henri Matisse | Painter | France | Nice | France | 1869 | 1954
Wassily Kandinsky | Painter | Moscow | Neuilly-sur-Seine | | 1866 | 1944
Edgar Degas | Painter | Paris | Paris | France | 1834 | 1917
Albrecht Dürer {Albrecht_Durer} | Painter | Nuremberg | Nuremberg | | 1471 | 1528
Caravaggio | Painter | Milan | Italy | | 1571 | 1610
Peter Paul Rubens | Painter | Germany | Antwerp | | 1577 | 1640
Auguste Rodin | Sculptor | Paris | France | France | 1840 | 1917
Gian Lorenzo Bernini | Sculptor | Naples | Rome | | 1598 | 1680
Frédéric Auguste Bartholdi {Frederic_Auguste_Bartholdi} | Sculptor | Colmar | Paris | France | 1834 | 1904
Paul Landowski | Sculptor | Paris | France | France | 1875 | 1961
Constantin Brâncuși {Constantin_Brancusi} | Sculptor | Romania | Paris | Romania; France | 1876 | 1957
Jeff Koons | Sculptor | Pennsylvania | | United States | 1955 |
Anish Kapoor | Sculptor | Mumbai | | United Kingdom | 1954 |
Antony Gormley | Sculptor | London | | United Kingdom | 1950 |
Donatello | Sculptor | Florence | Florence | | | 1466
Yoko Ono | Artist | Tokyo | | | 1933 |
Ansel Adams | Photographer | San Francisco | California | United States | 1902 | 1984
Annie Leibovitz | Photographer | Connecticut | | United States | 1949 |
Linda McCartney | Photographer | New York (state) | Arizona | United States | 1941 | 1998
Coco Chanel | FashionDesigner | France | Paris | France | 1883 | 1971
Christian Dior | FashionDesigner | France | Italy | France | 1905 | 1957
Yves Saint Laurent | FashionDesigner | Oran | Paris | France | 1936 | 2008
Karl Lagerfeld | FashionDesigner | Hamburg | Neuilly-sur-Seine | Germany | 1933 | 2019
Giorgio Armani | FashionDesigner | Piacenza | | Italy | 1934 |
Gianni Versace | FashionDesigner | Reggio Calabria | Florida | Italy | 1946 | 1997
Ralph Lauren | FashionDesigner | New York City | | United States | 1939 |
Guccio Gucci | FashionDesigner | Florence | Milan | Italy | 1881 | 1953
Louis Vuitton | FashionDesigner | France | France | France | 1821 | 1892
Stella McCartney | FashionDesigner | London | | United Kingdom | 1971 |
# --- architects and engineers
Christopher Wren | Architect | England | London | | 1632 | 1723
Charles Barry | Architect | London | London | | 1795 | 1860
Renzo Piano | Architect | Genoa | | Italy | 1937 |
Norman Foster | Architect | Stockport | | United Kingdom | 1935 |
Jørn Utzon {Jorn_Utzon} | Architect | Copenhagen | Copenhagen | Denmark | 1918 | 2008
Antoni Gaudí {Antoni_Gaudi} | Architect | Catalonia | Barcelona | Spain | 1852 | 1926
Frank Gehry | Architect | Toronto | | Canada; United States | 1929 |
I. M. Pei | Architect | Guangzhou | New York City | United States | 1917 | 2019
Richard Rogers | Architect | Florence | London | United Kingdom | 1933 | 2021
Frank Lloyd Wright | Architect | Wisconsin | Phoenix, Arizona | United States | 1867 | 1959
Le Corbusier | Architect | La Chaux-de-Fonds | France | Switzerland; France | 1887 | 1965
César Pelli {Cesar_Pelli} | Architect | Argentina | New Haven, Connecticut | Argentina; United States | 1926 | 2019
Adrian Smith | Architect | | | United States | 1944 |
William Van Alen | Architect | New York City | New York City | United States | 1883 | 1954
James Hoban | Architect | Ireland | Washington, D.C. | | | 1831
William Thornton | Architect | | Washington, D.C. | | 1759 | 1828
Paul Wallot | Architect | Germany | Germany | | 1841 | 1912
Carl Gotthard Langhans | Architect | | | | 1732 | 1808
Jean Chalgrin | Architect | Paris | Paris | France | 1739 | 1811
Henry Bacon | Architect | Illinois | New York City | United States | 1866 | 1924
Robert Mills | Architect | South Carolina | Washington, D.C. | United States | 1781 | 1855
Charles Garnier | Architect | Paris | Paris | France | 1825 | 1898
Gustave Eiffel | Engineer | Dijon | Paris | France | 1832 | 1923
Isambard Kingdom Brunel | Engineer | Portsmouth | London | | 1806 | 1859
Karl Benz | Engineer | Karlsruhe | Germany | Germany | 1844 | 1929
Gottlieb Daimler | Engineer | Germany | Stuttgart | | 1834 | 1900
Ferdinand Porsche | Engineer | Czech Republic | Stuttgart | | 1875 | 1951
Mikhail Kalashnikov | Engineer | Russia | Izhevsk | | 1919 | 2013
# --- inventors
Nikola Tesla | Inventor | Croatia | New York City | United States | 1856 | 1943
Guglielmo Marconi | Inventor | Bologna | Rome | Italy | 1874 | 1937
Thomas Edison | Inventor | Ohio | New Jersey | United States | 1847 | 1931
Alexander Graham Bell | Inventor | Edinburgh | Canada | | 1847 | 1922
Johannes Gutenberg | Inventor | Mainz | Mainz | | | 1468
James Watt | Inventor | Greenock | Birmingham | | 1736 | 1819
Eli Whitney | Inventor | Massachusetts | New Haven, Connecticut | United States | 1765 | 1825
Benjamin Franklin | Inventor | Boston | Philadelphia | United States | 1706 | 1790
Samuel Morse | Inventor | Boston | New York City | United States | 1791 | 1872
Louis Braille | Inventor | France | Paris | France | 1809 | 1852
Rudolf Diesel | Inventor | Paris | | | 1858 | 1913
Orville Wright | Inventor | Dayton, Ohio | Dayton, Ohio | United States | 1871 | 1948
Wilbur Wright | Inventor | Indiana | Dayton, Ohio | United States | 1867 | 1912
Adolphe Sax | Inventor | Belgium | Paris | | 1814 | 1894
Bartolomeo Cristofori | Inventor | Padua | Florence | | 1655 | 1731
Richard Gatling | Inventor | North Carolina | New York City | United States | 1818 | 1903
Hiram Maxim | Inventor | Maine | London | | 1840 | 1916
""")

BLOCKS.append(PEOPLE_COLS + """
# --- classical composers, conductors, performers
Johann Sebastian Bach | Composer | Eisenach | Leipzig | | 1685 | 1750
Carl Philipp Emanuel Bach | Composer | Weimar | Hamburg | | 1714 | 1788
Wolfgang Amadeus Mozart | Composer | Salzburg | Vienna | | 1756 | 1791
Leopold Mozart | Composer | Augsburg | Salzburg | | 1719 | 1787
Ludwig van Beethoven | Composer | Bonn | Vienna | | 1770 | 1827
Joseph Haydn | Composer | Austria | Vienna | | 1732 | 1809
Franz Schubert | Composer | Vienna | Vienna | | 1797 | 1828
Frédéric Chopin {Frederic_Chopin} | Composer | Żelazowa Wola | Paris | | 1810 | 1849
Franz Liszt | Composer | Austria | Bayreuth | | 1811 | 1886
Richard Wagner | Composer | Leipzig | Venice | | 1813 | 1883
Cosima Wagner | Person | Italy | Bayreuth | | 1837 | 1930
Pyotr Ilyich Tchaikovsky | Composer | Russia | Saint Petersburg | | 1840 | 1893
Johannes Brahms | Composer | Hamburg | Vienna | | 1833 | 1897
Antonio Vivaldi | Composer | Venice | Vienna | | 1678 | 1741
George Frideric Handel | Composer | Halle (Saale) | London | | 1685 | 1759
Giuseppe Verdi | Composer | Italy | Milan | | 1813 | 1901
Giacomo Puccini | Composer | Lucca | Brussels | | 1858 | 1924
Claude Debussy | Composer | Saint-Germain-en-Laye | Paris | France | 1862 | 1918
Maurice Ravel | Composer | France | Paris | France | 1875 | 1937
Igor Stravinsky | Composer | Russia | New York City | France; United States | 1882 | 1971
Sergei Rachmaninoff | Composer | Russia | Beverly Hills, California | United States | 1873 | 1943
Gustav Mahler | Composer | Czech Republic | Vienna | | 1860 | 1911
Antonín Dvořák {Antonin_Dvorak} | Composer | Czech Republic | Prague | | 1841 | 1904
Johann Strauss I | Composer | Vienna | Vienna | | 1804 | 1849
Johann Strauss II | Composer | Vienna | Vienna | | 1825 | 1899
Georges Bizet | Composer | Paris | France | France | 1838 | 1875
Gioachino Rossini | Composer | Pesaro | Paris | | 1792 | 1868
Robert Schumann | Composer | Zwickau | Bonn | | 1810 | 1856
Clara Schumann | Pianist | Leipzig | Frankfurt | | 1819 | 1896
Felix Mendelssohn | Composer | Hamburg | Leipzig | | 1809 | 1847
Fanny Mendelssohn | Composer | Hamburg | Berlin | | 1805 | 1847
Edvard Grieg | Composer | Bergen | Bergen | Norway | 1843 | 1907
Jean Sibelius | Composer | Finland | Finland | Finland | 1865 | 1957
Hector Berlioz | Composer | France | Paris | France | 1803 | 1869
Sergei Prokofiev | Composer | Ukraine | Moscow | | 1891 | 1953
Dmitri Shostakovich | Composer | Saint Petersburg | Moscow | | 1906 | 1975
George Gershwin | Composer | New York City | Los Angeles | United States | 1898 | 1937
John Cage | Composer | Los Angeles | New York City | United States | 1912 | 1992
Philip Glass | Composer | Baltimore | | United States | 1937 |
Andrew Lloyd Webber | Composer | London | | United Kingdom | 1948 |
Tim Rice | Songwriter | England | | United Kingdom | 1944 |
Lin-Manuel Miranda | Composer | New York City | | United States | 1980 |
Leonard Bernstein | Conductor | Massachusetts | New York City | United States | 1918 | 1990
Herbert von Karajan | Conductor | Salzburg | Austria | Austria | 1908 | 1989
Arturo Toscanini | Conductor | Parma | New York City | Italy | 1867 | 1957
John Williams | FilmScoreComposer | New York (state) | | United States | 1932 |
Hans Zimmer | FilmScoreComposer | Frankfurt | | Germany | 1957 |
Ennio Morricone | FilmScoreComposer | Rome | Rome | Italy | 1928 | 2020
Nino Rota | FilmScoreComposer | Milan | Rome | Italy | 1911 | 1979
Bernard Herrmann | FilmScoreComposer | New York City | Los Angeles | United States | 1911 | 1975
Howard Shore | FilmScoreComposer | Toronto | | Canada | 1946 |
Joe Hisaishi | FilmScoreComposer | Japan | | Japan | 1950 |
James Horner | FilmScoreComposer | Los Angeles | California | United States | 1953 | 2015
Alan Silvestri | FilmScoreComposer | New York City | | United States | 1950 |
Vangelis | FilmScoreComposer | Greece | Paris | Greece | 1943 | 2022
Maurice Jarre | FilmScoreComposer | Lyon | Los Angeles | France | 1924 | 2009
Randy Newman | FilmScoreComposer | Los Angeles | | United States | 1943 |
Yo-Yo Ma | Cellist | Paris | | United States | 1955 |
Itzhak Perlman | Violinist | Tel Aviv | | Israel; United States | 1945 |
Lang Lang | Pianist | Shenyang | | China | 1982 |
Glenn Gould | Pianist | Toronto | Toronto | Canada | 1932 | 1982
Niccolò Paganini {Niccolo_Paganini} | Violinist | Genoa | Nice | | 1782 | 1840
Luciano Pavarotti | OperaSinger | Modena | Modena | Italy | 1935 | 2007
Maria Callas | OperaSinger | New York City | Paris | Greece | 1923 | 1977
Andrea Bocelli | OperaSinger | Italy | | Italy | 1958 |
Plácido Domingo {Placido_Domingo} | OperaSinger | Madrid | | Spain | 1941 |
Enrico Caruso | OperaSinger | Naples | Naples | Italy | 1873 | 1921
Ravi Shankar | Sitarist | Varanasi | San Diego | India | 1920 | 2012
Anoushka Shankar | Sitarist | London | | | 1981 |
# --- popular music
Elvis Presley | Singer | Mississippi | Memphis, Tennessee | United States | 1935 | 1977
Lisa Marie Presley | Singer | Memphis, Tennessee | | United States | 1968 | 2023
Priscilla Presley | Actor | New York City | | United States | 1945 |
Michael Jackson | Singer | Gary, Indiana | Los Angeles | United States | 1958 | 2009
Janet Jackson | Singer | Gary, Indiana | | United States | 1966 |
Jermaine Jackson | Singer | Gary, Indiana | | United States | 1954 |
Jackie Jackson | Singer | Gary, Indiana | | United States | 1951 |
Tito Jackson | Guitarist | Gary, Indiana | | United States | 1953 |
Marlon Jackson | Singer | Gary, Indiana | | United States | 1957 |
Madonna | Singer | Michigan | | United States | 1958 |
Prince | SingerSongwriter | Minneapolis | Minnesota | United States | 1958 | 2016
David Bowie | SingerSongwriter | London | New York City | United Kingdom | 1947 | 2016
Elton John | Singer | London | | United Kingdom | 1947 |
Freddie Mercury | Singer | Zanzibar | London | United Kingdom | 1946 | 1991
Brian May | Guitarist | London | | United Kingdom | 1947 |
Roger Taylor | Drummer | England | | United Kingdom | 1949 |
John Deacon | Bassist | England | | United Kingdom | 1951 |
John Lennon | SingerSongwriter | Liverpool | New York City | United Kingdom | 1940 | 1980
Paul McCartney | SingerSongwriter | Liverpool | | United Kingdom | 1942 |
George Harrison | Guitarist | Liverpool | Los Angeles | United Kingdom | 1943 | 2001
Ringo Starr | Drummer | Liverpool | | United Kingdom | 1940 |
Julian Lennon | Singer | Liverpool | | United Kingdom | 1963 |
Sean Lennon | Singer | New York City | | United States | 1975 |
Cynthia Lennon | Person | England | Spain | | 1939 | 2015
Mick Jagger | Singer | Dartford | | United Kingdom | 1943 |
Keith Richards | Guitarist | Dartford | | United Kingdom | 1943 |
Charlie Watts | Drummer | London | London | United Kingdom | 1941 | 2021
Ronnie Wood | Guitarist | London | | United Kingdom | 1947 |
Brian Jones | Guitarist | England | England | United Kingdom | 1942 | 1969
Robert Plant | Singer | England | | United Kingdom | 1948 |
Jimmy Page | Guitarist | London | | United Kingdom | 1944 |
John Paul Jones | Bassist | London | | United Kingdom | 1946 |
John Bonham | Drummer | England | England | United Kingdom | 1948 | 1980
Syd Barrett | SingerSongwriter | Cambridge | Cambridge | United Kingdom | 1946 | 2006
Roger Waters | Bassist | England | | United Kingdom | 1943 |
David Gilmour | Guitarist | Cambridge | | United Kingdom | 1946 |
Nick Mason | Drummer | Birmingham | | United Kingdom | 1944 |
Richard Wright | Instrumentalist | London | London | United Kingdom | 1943 | 2008
Roger Daltrey | Singer | London | | United Kingdom | 1944 |
Pete Townshend | Guitarist | London | | United Kingdom | 1945 |
John Entwistle | Bassist | London | Las Vegas | United Kingdom | 1944 | 2002
Keith Moon | Drummer | London | London | United Kingdom | 1946 | 1978
Bono | Singer | Dublin | | Ireland | 1960 |
The Edge | Guitarist | London | | | 1961 |
Adam Clayton | Bassist | England | | | 1960 |
Larry Mullen Jr. | Drummer | Dublin | | Ireland | 1961 |
Kurt Cobain | SingerSongwriter | Washington (state) | Seattle | United States | 1967 | 1994
Krist Novoselic | Bassist | California | | United States | 1965 |
Dave Grohl | Drummer | Ohio | | United States | 1969 |
Courtney Love | Singer | San Francisco | | United States | 1964 |
Eddie Vedder | Singer | Illinois | | United States | 1964 |
James Hetfield | Singer | California | | United States | 1963 |
Lars Ulrich | Drummer | Denmark | | | 1963 |
Kirk Hammett | Guitarist | San Francisco | | United States | 1962 |
Ozzy Osbourne | Singer | Birmingham | | United Kingdom | 1948 |
Tony Iommi | Guitarist | Birmingham | | United Kingdom | 1948 |
Geezer Butler | Bassist | Birmingham | | United Kingdom | 1949 |
Bill Ward | Drummer | Birmingham | | United Kingdom | 1948 |
Bruce Dickinson | Singer | England | | United Kingdom | 1958 |
Steve Harris | Bassist | London | | United Kingdom | 1956 |
Angus Young | Guitarist | Glasgow | | | 1955 |
Malcolm Young | Guitarist | Glasgow | Sydney | | 1953 | 2017
Bon Scott | Singer | Scotland | London | | 1946 | 1980
Brian Johnson | Singer | England | | United Kingdom | 1947 |
Agnetha Fältskog {Agnetha_Faltskog} | Singer | Sweden | | Sweden | 1950 |
Björn Ulvaeus {Bjorn_Ulvaeus} | Songwriter | Gothenburg | | Sweden | 1945 |
Benny Andersson | Composer | Stockholm | | Sweden | 1946 |
Anni-Frid Lyngstad | Singer | Norway | | | 1945 |
Thom Yorke | Singer | England | | United Kingdom | 1968 |
Jonny Greenwood | Guitarist | Oxford | | United Kingdom | 1971 |
Chris Martin | Singer | England | | United Kingdom | 1977 |
Liam Gallagher | Singer | Manchester | | United Kingdom | 1972 |
Noel Gallagher | Guitarist | Manchester | | United Kingdom | 1967 |
Damon Albarn | Singer | London | | United Kingdom | 1968 |
Alex Turner | Singer | Sheffield | | United Kingdom | 1986 |
Jim Morrison | Singer | Florida | Paris | United States | 1943 | 1971
Ray Manzarek | Instrumentalist | Chicago | Germany | United States | 1939 | 2013
Anthony Kiedis | Singer | Michigan | | United States | 1962 |
Flea | Bassist | Melbourne | | United States; Australia | 1962 |
Axl Rose | Singer | Indiana | | United States | 1962 |
Slash | Guitarist | London | | United Kingdom; United States | 1965 |
Steven Tyler | Singer | New York City | | United States | 1948 |
Joe Perry | Guitarist | Massachusetts | | United States | 1950 |
Liv Tyler | Actor | New York City | | United States | 1977 |
Brian Wilson | SingerSongwriter | California | | United States | 1942 |
Dennis Wilson | Drummer | California | California | United States | 1944 | 1983
Carl Wilson | Guitarist | California | California | United States | 1946 | 1998
Mike Love | Singer | Los Angeles | | United States | 1941 |
Joey Ramone | Singer | New York City | New York City | United States | 1951 | 2001
Johnny Rotten | Singer | London | | United Kingdom | 1956 |
Sid Vicious | Bassist | London | New York City | United Kingdom | 1957 | 1979
Joe Strummer | Singer | Ankara | England | United Kingdom | 1952 | 2002
Ralf Hütter {Ralf_Hutter} | Instrumentalist | Germany | | Germany | 1946 |
Florian Schneider | Instrumentalist | Germany | Düsseldorf | Germany | 1947 | 2020
Till Lindemann | Singer | Leipzig | | Germany | 1963 |
Thomas Bangalter | MusicalArtist | Paris | | France | 1975 |
Guy-Manuel de Homem-Christo | MusicalArtist | Neuilly-sur-Seine | | France | 1974 |
RM | Rapper | South Korea | | South Korea | 1994 |
Jin | Singer | South Korea | | South Korea | 1992 |
Suga | Rapper | Daegu | | South Korea | 1993 |
J-Hope | Rapper | South Korea | | South Korea | 1994 |
Jimin | Singer | Busan | | South Korea | 1995 |
Jungkook | Singer | Busan | | South Korea | 1997 |
Jisoo | Singer | South Korea | | South Korea | 1995 |
Jennie | Singer | Seoul | | South Korea | 1996 |
Rosé {Rose_singer} | Singer | Auckland | | | 1997 |
Lisa | Rapper | Thailand | | Thailand | 1997 |
Lou Reed | SingerSongwriter | New York City | New York (state) | United States | 1942 | 2013
John Cale | Instrumentalist | Wales | | United Kingdom | 1942 |
Barry Gibb | Singer | | | United Kingdom | 1946 |
Robin Gibb | Singer | | London | United Kingdom | 1949 | 2012
Maurice Gibb | Singer | | Miami | United Kingdom | 1949 | 2003
Stevie Nicks | SingerSongwriter | Phoenix, Arizona | | United States | 1948 |
Mick Fleetwood | Drummer | England | | United Kingdom | 1947 |
Lindsey Buckingham | Guitarist | Palo Alto, California | | United States | 1949 |
Christine McVie | SingerSongwriter | England | London | United Kingdom | 1943 | 2022
John McVie | Bassist | London | | United Kingdom | 1945 |
Beyoncé {Beyonce} | Singer | Houston | | United States | 1981 |
Kelly Rowland | Singer | Atlanta | | United States | 1981 |
Jay-Z | Rapper | New York City | | United States | 1969 |
Don Henley | Drummer | Texas | | United States | 1947 |
Glenn Frey | Guitarist | Detroit | New York City | United States | 1948 | 2016
Jon Bon Jovi | Singer | New Jersey | | United States | 1962 |
Chester Bennington | Singer | Phoenix, Arizona | California | United States | 1976 | 2017
Mike Shinoda | Rapper | Los Angeles | | United States | 1977 |
Billie Joe Armstrong | Guitarist | Oakland, California | | United States | 1972 |
Sting | SingerSongwriter | England | | United Kingdom | 1951 |
Stewart Copeland | Drummer | Virginia | | United States | 1952 |
Andy Summers | Guitarist | England | | United Kingdom | 1942 |
Dave Gahan | Singer | England | | United Kingdom | 1962 |
Martin Gore | Songwriter | London | | United Kingdom | 1961 |
RZA | Rapper | New York City | | United States | 1969 |
GZA | Rapper | New York City | | United States | 1966 |
Paul Simon | SingerSongwriter | Newark, New Jersey | | United States | 1941 |
Art Garfunkel | Singer | New York City | | United States | 1941 |
Morten Harket | Singer | Norway | | Norway | 1959 |
Ian Gillan | Singer | London | | United Kingdom | 1945 |
Ritchie Blackmore | Guitarist | England | | United Kingdom | 1945 |
Nas | Rapper | New York City | | United States | 1973 |
Bob Dylan | SingerSongwriter | Duluth, Minnesota | | United States | 1941 |
Bob Marley | SingerSongwriter | Jamaica | Miami | Jamaica | 1945 | 1981
Ziggy Marley | Singer | Kingston | | Jamaica | 1968 |
Damian Marley | Singer | Kingston | | Jamaica | 1978 |
Jimi Hendrix | Guitarist | Seattle | London | United States | 1942 | 1970
Eric Clapton | Guitarist | England | | United Kingdom | 1945 |
B.B. King | Guitarist | Mississippi | Las Vegas | United States | 1925 | 2015
Chuck Berry | Guitarist | St. Louis | Missouri | United States | 1926 | 2017
Johnny Cash | SingerSongwriter | Arkansas | Nashville | United States | 1932 | 2003
June Carter Cash | Singer | Virginia | Nashville | United States | 1929 | 2003
Dolly Parton | SingerSongwriter | Tennessee | | United States | 1946 |
Willie Nelson | SingerSongwriter | Texas | | United States | 1933 |
Louis Armstrong | Trumpeter | New Orleans | New York City | United States | 1901 | 1971
Miles Davis | Trumpeter | Illinois | California | United States | 1926 | 1991
John Coltrane | Saxophonist | North Carolina | New York (state) | United States | 1926 | 1967
Charlie Parker | Saxophonist | Kansas | New York City | United States | 1920 | 1955
Duke Ellington | Pianist | Washington, D.C. | New York City | United States | 1899 | 1974
Ella Fitzgerald | Singer | Virginia | Beverly Hills, California | United States | 1917 | 1996
Billie Holiday | Singer | Philadelphia | New York City | United States | 1915 | 1959
Frank Sinatra | Singer | New Jersey | Los Angeles | United States | 1915 | 1998
Nancy Sinatra | Singer | New Jersey | | United States | 1940 |
Ava Gardner | Actor | North Carolina | London | United States | 1922 | 1990
Mia Farrow | Actor | Los Angeles | | United States | 1945 |
Ray Charles | Pianist | | Beverly Hills, California | United States | 1930 | 2004
Stevie Wonder | SingerSongwriter | Michigan | | United States | 1950 |
Aretha Franklin | Singer | Memphis, Tennessee | Detroit | United States | 1942 | 2018
James Brown | Singer | South Carolina | Atlanta | United States | 1933 | 2006
Whitney Houston | Singer | Newark, New Jersey | Beverly Hills, California | United States | 1963 | 2012
Marvin Gaye | Singer | Washington, D.C. | Los Angeles | United States | 1939 | 1984
Otis Redding | Singer | | | United States | 1941 | 1967
Rihanna | Singer | Barbados | | Barbados | 1988 |
Taylor Swift | SingerSongwriter | Pennsylvania | | United States | 1989 |
Lady Gaga | Singer | New York City | | United States | 1986 |
Adele | Singer | London | | United Kingdom | 1988 |
Ed Sheeran | SingerSongwriter | Halifax, West Yorkshire | | United Kingdom | 1991 |
Justin Bieber | Singer | Ontario | | Canada | 1994 |
Eminem | Rapper | Missouri | | United States | 1972 |
Tupac Shakur | Rapper | New York City | Las Vegas | United States | 1971 | 1996
The Notorious B.I.G. | Rapper | New York City | Los Angeles | United States | 1972 | 1997
Dr. Dre | Rapper | California | | United States | 1965 |
Snoop Dogg | Rapper | Long Beach, California | | United States | 1971 |
Kanye West | Rapper | Atlanta | | United States | 1977 |
Drake | Rapper | Toronto | | Canada | 1986 |
Kendrick Lamar | Rapper | California | | United States | 1987 |
Celine Dion | Singer | Quebec | | Canada | 1968 |
Shakira | Singer | Barranquilla | | Colombia | 1977 |
Édith Piaf {Edith_Piaf} | Singer | Paris | France | France | 1915 | 1963
Bruce Springsteen | SingerSongwriter | New Jersey | | United States | 1949 |
Leonard Cohen | SingerSongwriter | Quebec | Los Angeles | Canada | 1934 | 2016
Joni Mitchell | SingerSongwriter | Alberta | | Canada | 1943 |
Neil Young | SingerSongwriter | Toronto | | Canada; United States | 1945 |
Janis Joplin | Singer | Texas | Los Angeles | United States | 1943 | 1970
Amy Winehouse | Singer | London | London | United Kingdom | 1983 | 2011
Tina Turner | Singer | Tennessee | Küsnacht | Switzerland | 1939 | 2023
Norah Jones | SingerSongwriter | New York City | | United States | 1979 |
Carlos Santana | Guitarist | Mexico | | United States | 1947 |
Fela Kuti | MusicalArtist | Nigeria | Lagos | Nigeria | 1938 | 1997
Nat King Cole | Singer | Montgomery, Alabama | California | United States | 1919 | 1965
Natalie Cole | Singer | Los Angeles | Los Angeles | United States | 1950 | 2015
Psy | Singer | Seoul | | South Korea | 1977 |
Luis Fonsi | Singer | Puerto Rico | | | 1978 |
""")

BLOCKS.append(PEOPLE_COLS + """
# --- actors
Marlon Brando | Actor | Omaha, Nebraska | Los Angeles | United States | 1924 | 2004
Al Pacino | Actor | New York City | | United States | 1940 |
Robert De Niro | Actor | New York City | | United States | 1943 |
Jack Nicholson | Actor | New Jersey | | United States | 1937 |
Tom Hanks | Actor | California | | United States | 1956 |
Leonardo DiCaprio | Actor | Los Angeles | | United States | 1974 |
Kate Winslet | Actor | Reading, Berkshire | | United Kingdom | 1975 |
Meryl Streep | Actor | New Jersey | | United States | 1949 |
Audrey Hepburn | Actor | Belgium | Switzerland | | 1929 | 1993
Marilyn Monroe | Actor | Los Angeles | Los Angeles | United States | 1926 | 1962
Grace Kelly | Actor | Philadelphia | Monaco | United States | 1929 | 1982
Ingrid Bergman | Actor | Stockholm | London | Sweden | 1915 | 1982
Isabella Rossellini | Actor | Rome | | | 1952 |
Humphrey Bogart | Actor | New York City | Los Angeles | United States | 1899 | 1957
Lauren Bacall | Actor | New York City | New York City | United States | 1924 | 2014
James Stewart | Actor | Pennsylvania | Beverly Hills, California | United States | 1908 | 1997
Cary Grant | Actor | Bristol | Iowa | United Kingdom; United States | 1904 | 1986
Charlton Heston | Actor | Illinois | Beverly Hills, California | United States | 1923 | 2008
Gregory Peck | Actor | San Diego | Los Angeles | United States | 1916 | 2003
Henry Fonda | Actor | Nebraska | Los Angeles | United States | 1905 | 1982
Jane Fonda | Actor | New York City | | United States | 1937 |
Peter Fonda | Actor | New York City | Los Angeles | United States | 1940 | 2019
Katharine Hepburn | Actor | Hartford, Connecticut | Connecticut | United States | 1907 | 2003
Judy Garland | Actor | Minnesota | London | United States | 1922 | 1969
Liza Minnelli | Actor | Los Angeles | | United States | 1946 |
Elizabeth Taylor | Actor | London | Los Angeles | United Kingdom; United States | 1932 | 2011
Richard Burton | Actor | Wales | Switzerland | United Kingdom | 1925 | 1984
Paul Newman | Actor | Ohio | Connecticut | United States | 1925 | 2008
Joanne Woodward | Actor | | | United States | 1930 |
Morgan Freeman | Actor | Memphis, Tennessee | | United States | 1937 |
Tim Robbins | Actor | California | | United States | 1958 |
Brad Pitt | Actor | Oklahoma | | United States | 1963 |
Angelina Jolie | Actor | Los Angeles | | United States | 1975 |
Jon Voight | Actor | New York (state) | | United States | 1938 |
Jennifer Aniston | Actor | Los Angeles | | United States | 1969 |
Tom Cruise | Actor | New York (state) | | United States | 1962 |
Nicole Kidman | Actor | Honolulu | | Australia; United States | 1967 |
Katie Holmes | Actor | Ohio | | United States | 1978 |
Denzel Washington | Actor | New York (state) | | United States | 1954 |
Anthony Hopkins | Actor | Wales | | United Kingdom; United States | 1937 |
Daniel Day-Lewis | Actor | London | | United Kingdom; Ireland | 1957 |
Natalie Portman | Actor | Jerusalem | | United States; Israel | 1981 |
Julia Roberts | Actor | | | United States | 1967 |
Charlize Theron | Actor | South Africa | | South Africa; United States | 1975 |
Cate Blanchett | Actor | Melbourne | | Australia | 1969 |
Emma Stone | Actor | Arizona | | United States | 1988 |
Jennifer Lawrence | Actor | Kentucky | | United States | 1990 |
Frances McDormand | Actor | Illinois | | United States | 1957 |
Jodie Foster | Actor | Los Angeles | | United States | 1962 |
Sandra Bullock | Actor | Virginia | | United States | 1964 |
Hilary Swank | Actor | Nebraska | | United States | 1974 |
Halle Berry | Actor | Cleveland | | United States | 1966 |
Julie Andrews | Actor | England | | United Kingdom | 1935 |
Robert Downey Jr. | Actor | New York City | | United States | 1965 |
Samuel L. Jackson | Actor | Washington, D.C. | | United States | 1948 |
Uma Thurman | Actor | Boston | | United States | 1970 |
John Travolta | Actor | New Jersey | | United States | 1954 |
Harrison Ford | Actor | Chicago | | United States | 1942 |
Mark Hamill | Actor | Oakland, California | | United States | 1951 |
Carrie Fisher | Actor | Beverly Hills, California | Los Angeles | United States | 1956 | 2016
Debbie Reynolds | Actor | El Paso, Texas | Los Angeles | United States | 1932 | 2016
Arnold Schwarzenegger | Actor | Austria | | Austria; United States | 1947 |
Sigourney Weaver | Actor | New York City | | United States | 1949 |
Russell Crowe | Actor | Wellington | | New Zealand | 1964 |
Christian Bale | Actor | Wales | | United Kingdom | 1974 |
Heath Ledger | Actor | Perth | New York City | Australia | 1979 | 2008
Matthew McConaughey | Actor | Texas | | United States | 1969 |
Elijah Wood | Actor | Iowa | | United States | 1981 |
Keanu Reeves | Actor | Beirut | | Canada | 1964 |
Toshiro Mifune | Actor | Qingdao | Tokyo | Japan | 1920 | 1997
Song Kang-ho | Actor | South Korea | | South Korea | 1967 |
Marcello Mastroianni | Actor | Italy | Paris | Italy | 1924 | 1996
Max von Sydow | Actor | Lund | France | Sweden; France | 1929 | 2020
Jean-Paul Belmondo | Actor | Neuilly-sur-Seine | Paris | France | 1933 | 2021
Audrey Tautou | Actor | France | | France | 1976 |
Michelle Yeoh | Actor | Ipoh | | Malaysia | 1962 |
Chow Yun-fat | Actor | Hong Kong | | | 1955 |
Jake Gyllenhaal | Actor | Los Angeles | | United States | 1980 |
Peter O'Toole | Actor | | London | | 1932 | 2013
Alec Guinness | Actor | London | England | United Kingdom | 1914 | 2000
Peter Sellers | Actor | Portsmouth | London | United Kingdom | 1925 | 1980
Gene Kelly | Actor | Pittsburgh | Beverly Hills, California | United States | 1912 | 1996
Jack Lemmon | Actor | Massachusetts | Los Angeles | United States | 1925 | 2001
Tony Curtis | Actor | New York City | Nevada | United States | 1925 | 2010
Janet Leigh | Actor | California | Beverly Hills, California | United States | 1927 | 2004
Jamie Lee Curtis | Actor | California | | United States | 1958 |
Anthony Perkins | Actor | New York City | Los Angeles | United States | 1932 | 1992
Sylvester Stallone | Actor | New York City | | United States | 1946 |
Diane Keaton | Actor | Los Angeles | | United States | 1946 |
Adrien Brody | Actor | New York City | | United States | 1973 |
Jeff Bridges | Actor | Los Angeles | | United States | 1949 |
Javier Bardem | Actor | Las Palmas de Gran Canaria | | Spain | 1969 |
Penélope Cruz {Penelope_Cruz} | Actor | Spain | | Spain | 1974 |
Ryan Gosling | Actor | Ontario | | Canada | 1980 |
Michael J. Fox | Actor | Edmonton | | Canada; United States | 1961 |
Natalie Wood | Actor | San Francisco | California | United States | 1938 | 1981
Ben Kingsley | Actor | England | | United Kingdom | 1943 |
Bruce Willis | Actor | Idar-Oberstein | | United States | 1955 |
Dev Patel | Actor | London | | United Kingdom | 1990 |
Ewan McGregor | Actor | Scotland | | United Kingdom | 1971 |
Tom Hardy | Actor | London | | United Kingdom | 1977 |
Chadwick Boseman | Actor | South Carolina | Los Angeles | United States | 1976 | 2020
Michael Keaton | Actor | Pennsylvania | | United States | 1951 |
Jesse Eisenberg | Actor | New York City | | United States | 1983 |
Liam Neeson | Actor | Ballymena | | United Kingdom; Ireland; United States | 1952 |
Edward Norton | Actor | Boston | | United States | 1969 |
Guy Pearce | Actor | England | | Australia | 1967 |
Amitabh Bachchan | Actor | Prayagraj | | India | 1942 |
Shah Rukh Khan | Actor | New Delhi | | India | 1965 |
Kajol | Actor | Mumbai | | India | 1974 |
Sophia Loren | Actor | Rome | | Italy | 1934 |
Jim Carrey | Actor | Ontario | | Canada; United States | 1962 |
Robin Williams | Actor | Chicago | California | United States | 1951 | 2014
Will Smith | Actor | Philadelphia | | United States | 1968 |
Joaquin Phoenix | Actor | Puerto Rico | | United States | 1974 |
Emma Watson | Actor | Paris | | United Kingdom | 1990 |
Daniel Radcliffe | Actor | London | | United Kingdom | 1989 |
Scarlett Johansson | Actor | New York City | | United States | 1984 |
Johnny Depp | Actor | Kentucky | | United States | 1963 |
George Clooney | Actor | Kentucky | | United States | 1961 |
Matt Damon | Actor | Cambridge, Massachusetts | | United States | 1970 |
Ben Affleck | Actor | California | | United States | 1972 |
Michael Douglas | Actor | New Jersey | | United States | 1944 |
Kirk Douglas | Actor | New York (state) | Beverly Hills, California | United States | 1916 | 2020
Martin Sheen | Actor | Dayton, Ohio | | United States | 1940 |
Charlie Sheen | Actor | New York City | | United States | 1965 |
Jamie Foxx | Actor | Texas | | United States | 1967 |
Mike Myers | Actor | Toronto | | Canada | 1963 |
Ray Liotta | Actor | Newark, New Jersey | Dominican Republic | United States | 1954 | 2022
Joe Pesci | Actor | Newark, New Jersey | | United States | 1943 |
Sean Connery | Actor | Edinburgh | | United Kingdom | 1930 | 2020
Daniel Craig | Actor | England | | United Kingdom | 1968 |
Charlie Chaplin | Actor | London | Switzerland | United Kingdom | 1889 | 1977
Clint Eastwood | Actor | San Francisco | | United States | 1930 |
Roberto Benigni | Actor | Italy | | Italy | 1952 |
# --- film directors
Francis Ford Coppola | FilmDirector | Detroit | | United States | 1939 |
Sofia Coppola | FilmDirector | New York City | | United States | 1971 |
Roberto Rossellini | FilmDirector | Rome | Rome | Italy | 1906 | 1977
Vincente Minnelli | FilmDirector | Chicago | Beverly Hills, California | United States | 1903 | 1986
Orson Welles | FilmDirector | Wisconsin | Los Angeles | United States | 1915 | 1985
Alfred Hitchcock | FilmDirector | London | Los Angeles | United Kingdom; United States | 1899 | 1980
Stanley Kubrick | FilmDirector | New York City | England | United States | 1928 | 1999
Steven Spielberg | FilmDirector | Cincinnati | | United States | 1946 |
George Lucas | FilmDirector | California | | United States | 1944 |
Irvin Kershner | FilmDirector | Philadelphia | Los Angeles | United States | 1923 | 2010
Richard Marquand | FilmDirector | Cardiff | | United Kingdom | 1937 | 1987
Quentin Tarantino | FilmDirector | Tennessee | | United States | 1963 |
Martin Scorsese | FilmDirector | New York City | | United States | 1942 |
James Cameron | FilmDirector | Ontario | | Canada | 1954 |
Ridley Scott | FilmDirector | South Shields | | United Kingdom | 1937 |
Tony Scott | FilmDirector | England | Los Angeles | United Kingdom | 1944 | 2012
Christopher Nolan | FilmDirector | London | | United Kingdom; United States | 1970 |
Peter Jackson | FilmDirector | New Zealand | | New Zealand | 1961 |
Robert Zemeckis | FilmDirector | Chicago | | United States | 1951 |
Frank Darabont | FilmDirector | France | | United States | 1959 |
David Fincher | FilmDirector | Denver | | United States | 1962 |
Lana Wachowski | FilmDirector | Chicago | | United States | 1965 |
Lilly Wachowski | FilmDirector | Chicago | | United States | 1967 |
Akira Kurosawa | FilmDirector | Tokyo | Tokyo | Japan | 1910 | 1998
Hayao Miyazaki | FilmDirector | Tokyo | | Japan | 1941 |
Isao Takahata | FilmDirector | Japan | Tokyo | Japan | 1935 | 2018
Bong Joon-ho | FilmDirector | Daegu | | South Korea | 1969 |
Park Chan-wook | FilmDirector | Seoul | | South Korea | 1963 |
Hwang Dong-hyuk | FilmDirector | Seoul | | South Korea | 1971 |
Federico Fellini | FilmDirector | Rimini | Rome | Italy | 1920 | 1993
Vittorio De Sica | FilmDirector | Italy | Neuilly-sur-Seine | Italy | 1901 | 1974
Giuseppe Tornatore | FilmDirector | Italy | | Italy | 1956 |
Sergio Leone | FilmDirector | Rome | Rome | Italy | 1929 | 1989
Ingmar Bergman | FilmDirector | Uppsala | Sweden | Sweden | 1918 | 2007
Jean-Luc Godard | FilmDirector | Paris | Switzerland | France; Switzerland | 1930 | 2022
François Truffaut {Francois_Truffaut} | FilmDirector | Paris | Neuilly-sur-Seine | France | 1932 | 1984
Jean-Pierre Jeunet | FilmDirector | France | | France | 1953 |
Jean Renoir | FilmDirector | Paris | Beverly Hills, California | France | 1894 | 1979
Fritz Lang | FilmDirector | Vienna | Beverly Hills, California | | 1890 | 1976
Tom Tykwer | FilmDirector | Wuppertal | | Germany | 1965 |
Wolfgang Petersen | FilmDirector | Emden | Los Angeles | Germany | 1941 | 2022
Florian Henckel von Donnersmarck | FilmDirector | Cologne | | Germany | 1973 |
Oliver Hirschbiegel | FilmDirector | Hamburg | | Germany | 1957 |
Guillermo del Toro | FilmDirector | Guadalajara | | Mexico | 1964 |
Alfonso Cuarón {Alfonso_Cuaron} | FilmDirector | Mexico City | | Mexico | 1961 |
Alejandro González Iñárritu {Alejandro_Gonzalez_Inarritu} | FilmDirector | Mexico City | | Mexico | 1963 |
Fernando Meirelles | FilmDirector | São Paulo | | Brazil | 1955 |
Ang Lee | FilmDirector | Taiwan | | | 1954 |
David Lean | FilmDirector | England | London | United Kingdom | 1908 | 1991
Victor Fleming | FilmDirector | California | Arizona | United States | 1889 | 1949
Stanley Donen | FilmDirector | Columbia, South Carolina | New York City | United States | 1924 | 2019
Billy Wilder | FilmDirector | Poland | Beverly Hills, California | United States | 1906 | 2002
William Wyler | FilmDirector | France | Beverly Hills, California | United States | 1902 | 1981
Blake Edwards | FilmDirector | Oklahoma | California | United States | 1922 | 2010
Miloš Forman {Milos_Forman} | FilmDirector | Czech Republic | Connecticut | United States | 1932 | 2018
John G. Avildsen | FilmDirector | Illinois | Los Angeles | United States | 1935 | 2017
Woody Allen | FilmDirector | New York City | | United States | 1935 |
Roman Polanski | FilmDirector | Paris | | France; Poland | 1933 |
John Lasseter | FilmDirector | Los Angeles | | United States | 1957 |
Lee Unkrich | FilmDirector | | | United States | 1967 |
Andrew Stanton | FilmDirector | Massachusetts | | United States | 1965 |
Pete Docter | FilmDirector | Minnesota | | United States | 1968 |
Roger Allers | FilmDirector | | | United States | 1949 |
Rob Minkoff | FilmDirector | | | United States | 1962 |
Chris Buck | FilmDirector | | | United States | 1958 |
Jennifer Lee | FilmDirector | | | United States | 1971 |
Andrew Adamson | FilmDirector | Auckland | | New Zealand | 1966 |
Vicky Jenson | FilmDirector | | | United States | |
Brian De Palma | FilmDirector | Newark, New Jersey | | United States | 1940 |
Michael Mann | FilmDirector | Chicago | | United States | 1943 |
Jonathan Demme | FilmDirector | New York (state) | New York City | United States | 1944 | 2017
Joel Coen | FilmDirector | Minnesota | | United States | 1954 |
Ethan Coen | FilmDirector | Minnesota | | United States | 1957 |
Anthony Russo | FilmDirector | Cleveland | | United States | 1970 |
Joe Russo | FilmDirector | Cleveland | | United States | 1971 |
Ryan Coogler | FilmDirector | Oakland, California | | United States | 1986 |
George Miller | FilmDirector | Australia | | Australia | 1945 |
Damien Chazelle | FilmDirector | Providence, Rhode Island | | United States | 1985 |
Danny Boyle | FilmDirector | England | | United Kingdom | 1956 |
Robert Wise | FilmDirector | Indiana | Los Angeles | United States | 1914 | 2005
Jerome Robbins | FilmDirector | New York City | New York City | United States | 1918 | 1998
Robert Stevenson | FilmDirector | England | California | United Kingdom | 1905 | 1986
Richard Attenborough | FilmDirector | Cambridge | London | United Kingdom | 1923 | 2014
David Attenborough | Naturalist | London | | United Kingdom | 1926 |
M. Night Shyamalan | FilmDirector | India | | United States | 1970 |
John McTiernan | FilmDirector | New York (state) | | United States | 1951 |
William Friedkin | FilmDirector | Chicago | Los Angeles | United States | 1935 | 2023
Ramesh Sippy | FilmDirector | Karachi | | India | 1947 |
Satyajit Ray | FilmDirector | Kolkata | Kolkata | India | 1921 | 1992
Aditya Chopra | FilmDirector | Mumbai | | India | 1971 |
Yasujirō Ozu {Yasujiro_Ozu} | FilmDirector | Tokyo | Tokyo | Japan | 1903 | 1963
Sergei Eisenstein | FilmDirector | Riga | Moscow | | 1898 | 1948
F. W. Murnau | FilmDirector | Bielefeld | California | | 1888 | 1931
Frank Capra | FilmDirector | Italy | California | United States | 1897 | 1991
Kathryn Bigelow | FilmDirector | California | | United States | 1951 |
Tim Burton | FilmDirector | Burbank, California | | United States | 1958 |
Wes Anderson | FilmDirector | Houston | | United States | 1969 |
Denis Villeneuve | FilmDirector | Quebec | | Canada | 1967 |
Greta Gerwig | FilmDirector | Sacramento | | United States | 1983 |
Spike Lee | FilmDirector | Atlanta | | United States | 1957 |
Oliver Stone | FilmDirector | New York City | | United States | 1946 |
Ron Howard | FilmDirector | Oklahoma | | United States | 1954 |
David Lynch | FilmDirector | | | United States | 1946 |
Sam Mendes | FilmDirector | Reading, Berkshire | | United Kingdom | 1965 |
# --- athletes
Lionel Messi | SoccerPlayer | Rosario | | Argentina; Spain | 1987 |
Cristiano Ronaldo | SoccerPlayer | Funchal | | Portugal | 1985 |
Pelé {Pele} | SoccerPlayer | Brazil | São Paulo | Brazil | 1940 | 2022
Diego Maradona | SoccerPlayer | Argentina | Argentina | Argentina | 1960 | 2020
Johan Cruyff | SoccerPlayer | Amsterdam | Barcelona | Netherlands | 1947 | 2016
Zinedine Zidane | SoccerPlayer | Marseille | | France | 1972 |
Franz Beckenbauer | SoccerPlayer | Munich | | Germany | 1945 |
Thierry Henry | SoccerPlayer | France | | France | 1977 |
Ronaldinho | SoccerPlayer | Porto Alegre | | Brazil | 1980 |
Ronaldo Nazário {Ronaldo_Nazario} | SoccerPlayer | Rio de Janeiro | | Brazil | 1976 |
Kylian Mbappé {Kylian_Mbappe} | SoccerPlayer | Paris | | France | 1998 |
Neymar | SoccerPlayer | Brazil | | Brazil | 1992 |
Mohamed Salah | SoccerPlayer | Egypt | | Egypt | 1992 |
Erling Haaland | SoccerPlayer | Leeds | | Norway | 2000 |
Robert Lewandowski | SoccerPlayer | Warsaw | | Poland | 1988 |
Luka Modrić {Luka_Modric} | SoccerPlayer | Zadar | | Croatia | 1985 |
David Beckham | SoccerPlayer | London | | United Kingdom | 1975 |
Wayne Rooney | SoccerPlayer | Liverpool | | United Kingdom | 1985 |
Steven Gerrard | SoccerPlayer | England | | United Kingdom | 1980 |
Zlatan Ibrahimović {Zlatan_Ibrahimovic} | SoccerPlayer | Malmö | | Sweden | 1981 |
Andrea Pirlo | SoccerPlayer | Italy | | Italy | 1979 |
Paolo Maldini | SoccerPlayer | Milan | | Italy | 1968 |
Francesco Totti | SoccerPlayer | Rome | | Italy | 1976 |
Gianluigi Buffon | SoccerPlayer | Italy | | Italy | 1978 |
Andrés Iniesta {Andres_Iniesta} | SoccerPlayer | Spain | | Spain | 1984 |
Xavi | SoccerPlayer | Catalonia | | Spain | 1980 |
Sergio Ramos | SoccerPlayer | Andalusia | | Spain | 1986 |
Iker Casillas | SoccerPlayer | Spain | | Spain | 1981 |
Eusébio {Eusebio} | SoccerPlayer | Maputo | Lisbon | Portugal | 1942 | 2014
Alfredo Di Stéfano {Alfredo_Di_Stefano} | SoccerPlayer | Buenos Aires | Madrid | Argentina; Spain | 1926 | 2014
Ferenc Puskás {Ferenc_Puskas} | SoccerPlayer | Budapest | Budapest | Hungary; Spain | 1927 | 2006
Lev Yashin | SoccerPlayer | Moscow | Moscow | | 1929 | 1990
George Best | SoccerPlayer | Belfast | London | United Kingdom | 1946 | 2005
Bobby Charlton | SoccerPlayer | England | England | United Kingdom | 1937 | 2023
Gerd Müller {Gerd_Muller} | SoccerPlayer | Bavaria | Bavaria | Germany | 1945 | 2021
Karim Benzema | SoccerPlayer | Lyon | | France | 1987 |
Kevin De Bruyne | SoccerPlayer | Ghent | | Belgium | 1991 |
Harry Kane | SoccerPlayer | London | | United Kingdom | 1993 |
Didier Drogba | SoccerPlayer | Abidjan | | Ivory Coast | 1978 |
Samuel Eto'o | SoccerPlayer | Cameroon | | Cameroon | 1981 |
Sadio Mané {Sadio_Mane} | SoccerPlayer | Senegal | | Senegal | 1992 |
Son Heung-min | SoccerPlayer | South Korea | | South Korea | 1992 |
Michael Jordan | BasketballPlayer | New York City | | United States | 1963 |
LeBron James | BasketballPlayer | Ohio | | United States | 1984 |
Kobe Bryant | BasketballPlayer | Philadelphia | California | United States | 1978 | 2020
Magic Johnson | BasketballPlayer | Lansing, Michigan | | United States | 1959 |
Larry Bird | BasketballPlayer | Indiana | | United States | 1956 |
Kareem Abdul-Jabbar | BasketballPlayer | New York City | | United States | 1947 |
Shaquille O'Neal | BasketballPlayer | Newark, New Jersey | | United States | 1972 |
Stephen Curry | BasketballPlayer | Ohio | | United States | 1988 |
Tim Duncan | BasketballPlayer | | | United States | 1976 |
Dirk Nowitzki | BasketballPlayer | Würzburg | | Germany | 1978 |
Kevin Durant | BasketballPlayer | Washington, D.C. | | United States | 1988 |
Wilt Chamberlain | BasketballPlayer | Philadelphia | Los Angeles | United States | 1936 | 1999
Bill Russell | BasketballPlayer | Louisiana | Washington (state) | United States | 1934 | 2022
Giannis Antetokounmpo | BasketballPlayer | Athens | | Greece | 1994 |
Nikola Jokić {Nikola_Jokic} | BasketballPlayer | Serbia | | Serbia | 1995 |
Yao Ming | BasketballPlayer | Shanghai | | China | 1980 |
Roger Federer | TennisPlayer | Basel | | Switzerland | 1981 |
Rafael Nadal | TennisPlayer | Mallorca | | Spain | 1986 |
Novak Djokovic | TennisPlayer | Belgrade | | Serbia | 1987 |
Serena Williams | TennisPlayer | Michigan | | United States | 1981 |
Venus Williams | TennisPlayer | California | | United States | 1980 |
Andy Murray | TennisPlayer | Glasgow | | United Kingdom | 1987 |
Steffi Graf | TennisPlayer | Mannheim | | Germany | 1969 |
Andre Agassi | TennisPlayer | Las Vegas | | United States | 1970 |
Pete Sampras | TennisPlayer | Washington, D.C. | | United States | 1971 |
Björn Borg {Bjorn_Borg} | TennisPlayer | Stockholm | | Sweden | 1956 |
John McEnroe | TennisPlayer | Wiesbaden | | United States | 1959 |
Martina Navratilova | TennisPlayer | Prague | | United States; Czech Republic | 1956 |
Billie Jean King | TennisPlayer | Long Beach, California | | United States | 1943 |
Maria Sharapova | TennisPlayer | Russia | | Russia | 1987 |
Naomi Osaka | TennisPlayer | Osaka | | Japan | 1997 |
Rod Laver | TennisPlayer | Australia | | Australia | 1938 |
Boris Becker | TennisPlayer | Germany | | Germany | 1967 |
Carlos Alcaraz | TennisPlayer | Spain | | Spain | 2003 |
Arthur Ashe | TennisPlayer | Richmond, Virginia | New York City | United States | 1943 | 1993
Usain Bolt | Sprinter | Jamaica | | Jamaica | 1986 |
Carl Lewis | TrackAndFieldAthlete | Alabama | | United States | 1961 |
Jesse Owens | TrackAndFieldAthlete | Alabama | Tucson, Arizona | United States | 1913 | 1980
Michael Phelps | Swimmer | Baltimore | | United States | 1985 |
Mark Spitz | Swimmer | California | | United States | 1950 |
Ian Thorpe | Swimmer | Sydney | | Australia | 1982 |
Katie Ledecky | Swimmer | Washington, D.C. | | United States | 1997 |
Muhammad Ali | Boxer | Kentucky | Arizona | United States | 1942 | 2016
Mike Tyson | Boxer | New York City | | United States | 1966 |
Manny Pacquiao | Boxer | Philippines | | Philippines | 1978 |
Floyd Mayweather Jr. | Boxer | Michigan | | United States | 1977 |
Tiger Woods | GolfPlayer | California | | United States | 1975 |
Jack Nicklaus | GolfPlayer | Columbus, Ohio | | United States | 1940 |
Rory McIlroy | GolfPlayer | Northern Ireland | | United Kingdom | 1989 |
Michael Schumacher | FormulaOneRacer | Germany | | Germany | 1969 |
Ayrton Senna | FormulaOneRacer | São Paulo | Bologna | Brazil | 1960 | 1994
Lewis Hamilton | FormulaOneRacer | Stevenage | | United Kingdom | 1985 |
Sebastian Vettel | FormulaOneRacer | Germany | | Germany | 1987 |
Niki Lauda | FormulaOneRacer | Vienna | Zurich | Austria | 1949 | 2019
Max Verstappen | FormulaOneRacer | Belgium | | Netherlands | 1997 |
Fernando Alonso | FormulaOneRacer | Oviedo | | Spain | 1981 |
Alain Prost | FormulaOneRacer | France | | France | 1955 |
Juan Manuel Fangio | FormulaOneRacer | Argentina | Buenos Aires | Argentina | 1911 | 1995
Eddy Merckx | Cyclist | Belgium | | Belgium | 1945 |
Chris Froome | Cyclist | Nairobi | | United Kingdom | 1985 |
Bernard Hinault | Cyclist | France | | France | 1954 |
Miguel Induráin {Miguel_Indurain} | Cyclist | Spain | | Spain | 1964 |
Tadej Pogačar {Tadej_Pogacar} | Cyclist | Slovenia | | Slovenia | 1998 |
Garry Kasparov | ChessPlayer | Baku | | Russia; Croatia | 1963 |
Magnus Carlsen | ChessPlayer | Norway | | Norway | 1990 |
Bobby Fischer | ChessPlayer | Chicago | Reykjavík | United States; Iceland | 1943 | 2008
Anatoly Karpov | ChessPlayer | Russia | | Russia | 1951 |
Judit Polgár {Judit_Polgar} | ChessPlayer | Budapest | | Hungary | 1976 |
Sachin Tendulkar | Cricketer | Mumbai | | India | 1973 |
Don Bradman | Cricketer | Australia | Adelaide | Australia | 1908 | 2001
Virat Kohli | Cricketer | India | | India | 1988 |
Brian Lara | Cricketer | Trinidad and Tobago | | Trinidad and Tobago | 1969 |
Shane Warne | Cricketer | Melbourne | Thailand | Australia | 1969 | 2022
Tom Brady | AmericanFootballPlayer | California | | United States | 1977 |
Peyton Manning | AmericanFootballPlayer | New Orleans | | United States | 1976 |
Eli Manning | AmericanFootballPlayer | New Orleans | | United States | 1981 |
Joe Montana | AmericanFootballPlayer | Pennsylvania | | United States | 1956 |
Jerry Rice | AmericanFootballPlayer | Mississippi | | United States | 1962 |
Patrick Mahomes | AmericanFootballPlayer | Texas | | United States | 1995 |
Wayne Gretzky | IceHockeyPlayer | Ontario | | Canada | 1961 |
Mario Lemieux | IceHockeyPlayer | Montreal | | Canada | 1965 |
Sidney Crosby | IceHockeyPlayer | Canada | | Canada | 1987 |
Alexander Ovechkin | IceHockeyPlayer | Moscow | | Russia | 1985 |
Babe Ruth | BaseballPlayer | Baltimore | New York City | United States | 1895 | 1948
Jackie Robinson | BaseballPlayer | | Connecticut | United States | 1919 | 1972
Joe DiMaggio | BaseballPlayer | California | Florida | United States | 1914 | 1999
Lou Gehrig | BaseballPlayer | New York City | New York City | United States | 1903 | 1941
Derek Jeter | BaseballPlayer | New Jersey | | United States | 1974 |
Shohei Ohtani | BaseballPlayer | Japan | | Japan | 1994 |
Simone Biles | Gymnast | Columbus, Ohio | | United States | 1997 |
Nadia Comăneci {Nadia_Comaneci} | Gymnast | Romania | | Romania | 1961 |
Edmund Hillary | Mountaineer | Auckland | Auckland | New Zealand | 1919 | 2008
Tenzing Norgay | Mountaineer | | Darjeeling | | | 1986
Reinhold Messner | Mountaineer | Italy | | Italy | 1944 |
Edward Whymper | Mountaineer | London | Chamonix | | 1840 | 1911
George Mallory | Mountaineer | England | Mount Everest | | 1886 | 1924
Achille Compagnoni | Mountaineer | Italy | Italy | Italy | 1914 | 2009
Lino Lacedelli | Mountaineer | Italy | Italy | Italy | 1925 | 2009
Maurice Herzog | Mountaineer | Lyon | Neuilly-sur-Seine | France | 1919 | 2012
Hermann Buhl | Mountaineer | Innsbruck | | Austria | 1924 | 1957
Jacques Balmat | Mountaineer | Chamonix | | | 1762 | 1834
Michel-Gabriel Paccard | Mountaineer | Chamonix | Chamonix | | 1757 | 1827
""")

BLOCKS.append(PEOPLE_COLS + """
# --- United States
George Washington | President | Virginia | Virginia | United States | 1732 | 1799
Martha Washington | Person | Virginia | Virginia | United States | 1731 | 1802
John Adams | President | Massachusetts | Massachusetts | United States | 1735 | 1826
Abigail Adams | Person | Massachusetts | Massachusetts | United States | 1744 | 1818
Thomas Jefferson | President | Virginia | Virginia | United States | 1743 | 1826
James Madison | President | Virginia | Virginia | United States | 1751 | 1836
James Monroe | President | Virginia | New York City | United States | 1758 | 1831
John Quincy Adams | President | Massachusetts | Washington, D.C. | United States | 1767 | 1848
Andrew Jackson | President | | Tennessee | United States | 1767 | 1845
Abraham Lincoln | President | Kentucky | Washington, D.C. | United States | 1809 | 1865
Mary Todd Lincoln | Person | Kentucky | Springfield, Illinois | United States | 1818 | 1882
Ulysses S. Grant | President | Ohio | New York (state) | United States | 1822 | 1885
Theodore Roosevelt | President | New York City | New York (state) | United States | 1858 | 1919
William Howard Taft | President | Cincinnati | Washington, D.C. | United States | 1857 | 1930
Woodrow Wilson | President | Virginia | Washington, D.C. | United States | 1856 | 1924
Franklin D. Roosevelt | President | New York (state) | | United States | 1882 | 1945
Eleanor Roosevelt | Activist | New York City | New York City | United States | 1884 | 1962
Harry S. Truman | President | Missouri | Kansas City, Missouri | United States | 1884 | 1972
Dwight D. Eisenhower | President | Texas | Washington, D.C. | United States | 1890 | 1969
John F. Kennedy | President | Massachusetts | Dallas | United States | 1917 | 1963
Jacqueline Kennedy Onassis | Person | New York (state) | New York City | United States | 1929 | 1994
Robert F. Kennedy | Politician | Massachusetts | Los Angeles | United States | 1925 | 1968
Ted Kennedy | Politician | Boston | Massachusetts | United States | 1932 | 2009
Lyndon B. Johnson | President | Texas | Texas | United States | 1908 | 1973
Richard Nixon | President | California | New York City | United States | 1913 | 1994
Gerald Ford | President | Omaha, Nebraska | California | United States | 1913 | 2006
Jimmy Carter | President | | | United States | 1924 |
Ronald Reagan | President | Illinois | Los Angeles | United States | 1911 | 2004
Nancy Reagan | Actor | New York City | Los Angeles | United States | 1921 | 2016
Jane Wyman | Actor | Missouri | California | United States | 1917 | 2007
George H. W. Bush | President | Massachusetts | Houston | United States | 1924 | 2018
Barbara Bush | Person | New York City | Houston | United States | 1925 | 2018
Bill Clinton | President | Arkansas | | United States | 1946 |
Hillary Clinton | Politician | Chicago | | United States | 1947 |
George W. Bush | President | New Haven, Connecticut | | United States | 1946 |
Laura Bush | Person | Texas | | United States | 1946 |
Jeb Bush | Politician | Texas | | United States | 1953 |
Barack Obama | President | Honolulu | | United States | 1961 |
Michelle Obama | Person | Chicago | | United States | 1964 |
Donald Trump | President | New York City | | United States | 1946 |
Melania Trump | Person | Slovenia | | United States | 1970 |
Ivana Trump | Person | Czech Republic | New York City | United States | 1949 | 2022
Ivanka Trump | BusinessPerson | New York City | | United States | 1981 |
Joe Biden | President | Pennsylvania | | United States | 1942 |
Al Gore | Politician | Washington, D.C. | | United States | 1948 |
Henry Kissinger | Politician | Fürth | Connecticut | United States | 1923 | 2023
Leland Stanford | Politician | New York (state) | Palo Alto, California | United States | 1824 | 1893
Ruth Bader Ginsburg | Judge | New York City | Washington, D.C. | United States | 1933 | 2020
Robert E. Lee | MilitaryPerson | Virginia | Virginia | United States | 1807 | 1870
George Meade | MilitaryPerson | Cádiz | Philadelphia | United States | 1815 | 1872
Douglas MacArthur | MilitaryPerson | Little Rock, Arkansas | Washington, D.C. | United States | 1880 | 1964
George S. Patton | MilitaryPerson | California | Heidelberg | United States | 1885 | 1945
Martin Luther King Jr. | Activist | Atlanta | Memphis, Tennessee | United States | 1929 | 1968
Coretta Scott King | Activist | Alabama | Mexico | United States | 1927 | 2006
Rosa Parks | Activist | Alabama | Detroit | United States | 1913 | 2005
Susan B. Anthony | Activist | Massachusetts | New York (state) | United States | 1820 | 1906
Frederick Douglass | Activist | Maryland | Washington, D.C. | United States | 1818 | 1895
Harriet Tubman | Activist | Maryland | New York (state) | United States | | 1913
# --- United Kingdom
Winston Churchill | PrimeMinister | England | London | United Kingdom | 1874 | 1965
Neville Chamberlain | PrimeMinister | Birmingham | England | United Kingdom | 1869 | 1940
Clement Attlee | PrimeMinister | London | London | United Kingdom | 1883 | 1967
Harold Wilson | PrimeMinister | Huddersfield | London | United Kingdom | 1916 | 1995
Edward Heath | PrimeMinister | England | England | United Kingdom | 1916 | 2005
Margaret Thatcher | PrimeMinister | Grantham | London | United Kingdom | 1925 | 2013
John Major | PrimeMinister | England | | United Kingdom | 1943 |
Tony Blair | PrimeMinister | Edinburgh | | United Kingdom | 1953 |
Gordon Brown | PrimeMinister | Scotland | | United Kingdom | 1951 |
David Cameron | PrimeMinister | London | | United Kingdom | 1966 |
Theresa May | PrimeMinister | Eastbourne | | United Kingdom | 1956 |
Boris Johnson | PrimeMinister | New York City | | United Kingdom | 1964 |
Liz Truss | PrimeMinister | Oxford | | United Kingdom | 1975 |
Rishi Sunak | PrimeMinister | Southampton | | United Kingdom | 1980 |
Arthur Wellesley, 1st Duke of Wellington | MilitaryPerson | Dublin | England | | 1769 | 1852
Horatio Nelson | MilitaryPerson | England | Atlantic Ocean | | 1758 | 1805
Bernard Montgomery | MilitaryPerson | London | England | United Kingdom | 1887 | 1976
Emmeline Pankhurst | Activist | Manchester | London | United Kingdom | 1858 | 1928
Peter Benenson | Activist | London | Oxford | United Kingdom | 1921 | 2005
# --- Germany and Austria
Otto von Bismarck | Chancellor | Germany | Germany | | 1815 | 1898
Konrad Adenauer | Chancellor | Cologne | Germany | Germany | 1876 | 1967
Willy Brandt | Chancellor | Lübeck | Germany | Germany | 1913 | 1992
Helmut Schmidt | Chancellor | Hamburg | Hamburg | Germany | 1918 | 2015
Helmut Kohl | Chancellor | Ludwigshafen | Ludwigshafen | Germany | 1930 | 2017
Gerhard Schröder {Gerhard_Schroder} | Chancellor | Germany | | Germany | 1944 |
Angela Merkel | Chancellor | Hamburg | | Germany | 1954 |
Olaf Scholz | Chancellor | Osnabrück | | Germany | 1958 |
Adolf Hitler | Politician | Braunau am Inn | Berlin | Austria; Germany | 1889 | 1945
Erwin Rommel | MilitaryPerson | Germany | Germany | Germany | 1891 | 1944
Gebhard Leberecht von Blücher {Gebhard_Leberecht_von_Blucher} | MilitaryPerson | Rostock | Poland | | 1742 | 1819
Frederick the Great | Monarch | Berlin | Potsdam | | 1712 | 1786
Wilhelm II | Emperor | Berlin | Netherlands | | 1859 | 1941
Wilhelm von Humboldt | Philosopher | Potsdam | Berlin | | 1767 | 1835
Maria Theresa | Monarch | Vienna | Vienna | | 1717 | 1780
Franz Joseph I | Emperor | Vienna | Vienna | | 1830 | 1916
Empress Elisabeth of Austria | Royalty | Munich | Geneva | | 1837 | 1898
Charles IV, Holy Roman Emperor | Emperor | Prague | Prague | | 1316 | 1378
Charlemagne | Emperor | | Germany | | | 814
# --- France
Charles de Gaulle | President | Lille | France | France | 1890 | 1970
François Mitterrand {Francois_Mitterrand} | President | France | Paris | France | 1916 | 1996
Jacques Chirac | President | Paris | Paris | France | 1932 | 2019
Nicolas Sarkozy | President | Paris | | France | 1955 |
François Hollande {Francois_Hollande} | President | Rouen | | France | 1954 |
Emmanuel Macron | President | Amiens | | France | 1977 |
Brigitte Macron | Person | Amiens | | France | 1953 |
Carla Bruni | Singer | Turin | | France; Italy | 1967 |
Napoleon | Emperor | Ajaccio | Saint Helena | France | 1769 | 1821
Joséphine de Beauharnais {Josephine_de_Beauharnais} | Royalty | | France | | 1763 | 1814
Marie Louise, Duchess of Parma | Royalty | Vienna | Parma | | 1791 | 1847
Louis XIII | Monarch | France | Saint-Germain-en-Laye | | 1601 | 1643
Louis XIV | Monarch | Saint-Germain-en-Laye | Versailles | | 1638 | 1715
Louis XV | Monarch | Versailles | Versailles | | 1710 | 1774
Louis XVI | Monarch | Versailles | Paris | | 1754 | 1793
Marie Antoinette | Royalty | Vienna | Paris | | 1755 | 1793
Joan of Arc | MilitaryPerson | France | Rouen | | | 1431
William the Conqueror | Monarch | France | Rouen | | | 1087
# --- Russia
Vladimir Lenin | Politician | Ulyanovsk | Russia | | 1870 | 1924
Joseph Stalin | Politician | | Moscow | | 1878 | 1953
Nikita Khrushchev | Politician | Russia | Moscow | | 1894 | 1971
Mikhail Gorbachev | President | Russia | Moscow | Russia | 1931 | 2022
Boris Yeltsin | President | Russia | Moscow | Russia | 1931 | 2007
Vladimir Putin | President | Saint Petersburg | | Russia | 1952 |
Peter the Great | Emperor | Moscow | Saint Petersburg | | 1672 | 1725
Catherine the Great | Monarch | Szczecin | Saint Petersburg | | 1729 | 1796
Nicholas II of Russia | Emperor | Russia | Yekaterinburg | | 1868 | 1918
# --- Asia, Africa, Americas, Oceania
Mao Zedong | Politician | China | Beijing | China | 1893 | 1976
Deng Xiaoping | Politician | China | Beijing | China | 1904 | 1997
Xi Jinping | President | Beijing | | China | 1953 |
Sun Yat-sen | Politician | China | Beijing | | 1866 | 1925
Chiang Kai-shek | Politician | China | Taipei | | 1887 | 1975
Mahatma Gandhi | Activist | Porbandar | New Delhi | India | 1869 | 1948
Jawaharlal Nehru | PrimeMinister | Prayagraj | New Delhi | India | 1889 | 1964
Indira Gandhi | PrimeMinister | Prayagraj | New Delhi | India | 1917 | 1984
Rajiv Gandhi | PrimeMinister | Mumbai | India | India | 1944 | 1991
Narendra Modi | PrimeMinister | India | | India | 1950 |
B. R. Ambedkar | Politician | India | New Delhi | India | 1891 | 1956
Allan Octavian Hume | Person | London | London | United Kingdom | 1829 | 1912
Benazir Bhutto | PrimeMinister | Karachi | Rawalpindi | Pakistan | 1953 | 2007
Zulfikar Ali Bhutto | PrimeMinister | Pakistan | Rawalpindi | Pakistan | 1928 | 1979
Malala Yousafzai | Activist | Pakistan | | Pakistan | 1997 |
Mother Teresa | Missionary | Skopje | Kolkata | India | 1910 | 1997
14th Dalai Lama | ReligiousLeader | China | | | 1935 |
Aung San Suu Kyi | Politician | Yangon | | Myanmar | 1945 |
Ho Chi Minh | President | Vietnam | Hanoi | Vietnam | 1890 | 1969
Kim Il-sung | Politician | Pyongyang | | North Korea | 1912 | 1994
Kim Jong-il | Politician | | | North Korea | | 2011
Kim Jong-un | Politician | | | North Korea | |
Lee Kuan Yew | PrimeMinister | Singapore | Singapore | Singapore | 1923 | 2015
Hirohito | Emperor | Tokyo | Tokyo | Japan | 1901 | 1989
Akihito | Emperor | Tokyo | | Japan | 1933 |
Naruhito | Emperor | Tokyo | | Japan | 1960 |
Golda Meir | PrimeMinister | Kyiv | Jerusalem | Israel | 1898 | 1978
David Ben-Gurion | PrimeMinister | Płońsk | | Israel | 1886 | 1973
Mustafa Kemal Atatürk {Mustafa_Kemal_Ataturk} | President | Thessaloniki | Istanbul | Turkey | 1881 | 1938
Recep Tayyip Erdoğan {Recep_Tayyip_Erdogan} | President | Istanbul | | Turkey | 1954 |
Suleiman the Magnificent | Monarch | Trabzon | Hungary | | 1494 | 1566
Saladin | Monarch | Iraq | Damascus | | | 1193
Nelson Mandela | President | South Africa | Johannesburg | South Africa | 1918 | 2013
Winnie Madikizela-Mandela | Politician | South Africa | Johannesburg | South Africa | 1936 | 2018
Desmond Tutu | Cleric | South Africa | Cape Town | South Africa | 1931 | 2021
Kofi Annan | Politician | Kumasi | Bern | Ghana | 1938 | 2018
Anwar Sadat | President | Egypt | Cairo | Egypt | 1918 | 1981
Gamal Abdel Nasser | President | Alexandria | Cairo | Egypt | 1918 | 1970
Julius Nyerere | President | Tanzania | London | Tanzania | 1922 | 1999
Kwame Nkrumah | President | Ghana | Bucharest | Ghana | 1909 | 1972
Jomo Kenyatta | President | Kenya | Mombasa | Kenya | | 1978
Haile Selassie | Emperor | Ethiopia | Addis Ababa | | 1892 | 1975
Lech Wałęsa {Lech_Walesa} | President | Poland | | Poland | 1943 |
Václav Havel {Vaclav_Havel} | President | Prague | Czech Republic | Czech Republic | 1936 | 2011
Volodymyr Zelenskyy | President | Kryvyi Rih | | Ukraine | 1978 |
Benito Mussolini | PrimeMinister | Italy | Italy | Italy | 1883 | 1945
Francisco Franco | MilitaryPerson | Spain | Madrid | Spain | 1892 | 1975
Josip Broz Tito | President | Croatia | Ljubljana | | 1892 | 1980
Eamon de Valera | President | New York City | Dublin | Ireland | 1882 | 1975
Henry Dunant | Activist | Geneva | Switzerland | Switzerland | 1828 | 1910
Greta Thunberg | Activist | Stockholm | | Sweden | 2003 |
Simón Bolívar {Simon_Bolivar} | MilitaryPerson | Caracas | Colombia | | 1783 | 1830
Che Guevara | Revolutionary | Rosario | Bolivia | | 1928 | 1967
Fidel Castro | President | Cuba | Havana | Cuba | 1926 | 2016
Raúl Castro {Raul_Castro} | President | Cuba | | Cuba | 1931 |
Juan Perón {Juan_Peron} | President | Argentina | Argentina | Argentina | 1895 | 1974
Eva Perón {Eva_Peron} | Activist | Argentina | Buenos Aires | Argentina | 1919 | 1952
Luiz Inácio Lula da Silva {Lula_da_Silva} | President | Brazil | | Brazil | 1945 |
Hugo Chávez {Hugo_Chavez} | President | Venezuela | Caracas | Venezuela | 1954 | 2013
Justin Trudeau | PrimeMinister | Ottawa | | Canada | 1971 |
Pierre Trudeau | PrimeMinister | Montreal | Montreal | Canada | 1919 | 2000
Jacinda Ardern | PrimeMinister | New Zealand | | New Zealand | 1980 |
# --- ancient and medieval rulers and commanders
Hannibal | MilitaryPerson | Carthage | Turkey | | |
Leonidas I | Monarch | Sparta | Greece | | |
Xerxes I | Monarch | | | | |
Darius III | Monarch | | | | |
Alexander the Great | Monarch | Pella | Babylon | | |
Philip II of Macedon | Monarch | Pella | | | |
Olympias | Royalty | | | | |
Julius Caesar | Politician | Rome | Rome | | |
Augustus | Emperor | Rome | Italy | | |
Cleopatra | Pharaoh | Alexandria | Alexandria | | |
Nero | Emperor | Italy | Rome | | |
Marcus Aurelius | Emperor | Rome | | | |
Tutankhamun | Pharaoh | | | | |
Ramesses II | Pharaoh | | | | |
Genghis Khan | Emperor | | | | |
Harold Godwinson | Monarch | | England | | | 1066
# --- British and other European royalty
Queen Victoria | Monarch | London | England | | 1819 | 1901
Albert, Prince Consort | Royalty | Germany | Windsor, Berkshire | | 1819 | 1861
Edward VII | Monarch | London | London | | 1841 | 1910
George V | Monarch | London | England | | 1865 | 1936
Edward VIII | Monarch | London | Paris | | 1894 | 1972
Wallis Simpson | Royalty | Pennsylvania | Paris | United States | 1896 | 1986
George VI | Monarch | England | England | | 1895 | 1952
Queen Elizabeth The Queen Mother | Royalty | | England | | 1900 | 2002
Elizabeth II | Monarch | London | Scotland | United Kingdom | 1926 | 2022
Prince Philip, Duke of Edinburgh | Royalty | Corfu | Windsor, Berkshire | United Kingdom | 1921 | 2021
Charles III | Monarch | London | | United Kingdom | 1948 |
Diana, Princess of Wales | Royalty | England | Paris | United Kingdom | 1961 | 1997
Queen Camilla | Royalty | London | | United Kingdom | 1947 |
William, Prince of Wales | Royalty | London | | United Kingdom | 1982 |
Catherine, Princess of Wales | Royalty | Reading, Berkshire | | United Kingdom | 1982 |
Prince Harry, Duke of Sussex | Royalty | London | | United Kingdom | 1984 |
Meghan, Duchess of Sussex | Royalty | Los Angeles | | United States | 1981 |
Henry VII of England | Monarch | Wales | London | | 1457 | 1509
Henry VIII | Monarch | London | London | | 1491 | 1547
Catherine of Aragon | Royalty | Alcalá de Henares | England | | 1485 | 1536
Anne Boleyn | Royalty | England | London | | | 1536
Edward VI | Monarch | London | London | | 1537 | 1553
Mary I of England | Monarch | London | London | | 1516 | 1558
Elizabeth I | Monarch | London | London | | 1533 | 1603
Mary, Queen of Scots | Monarch | Scotland | England | | 1542 | 1587
James VI and I | Monarch | Edinburgh | England | | 1566 | 1625
Isabella I of Castile | Monarch | Spain | Spain | | 1451 | 1504
Ferdinand II of Aragon | Monarch | Spain | Spain | | 1452 | 1516
Philip II of Spain | Monarch | Valladolid | Spain | | 1527 | 1598
Juan Carlos I | Monarch | Rome | | Spain | 1938 |
Felipe VI | Monarch | Madrid | | Spain | 1968 |
Willem-Alexander of the Netherlands | Monarch | Utrecht | | Netherlands | 1967 |
Margrethe II | Monarch | Copenhagen | | Denmark | 1940 |
Carl XVI Gustaf | Monarch | Sweden | | Sweden | 1946 |
# --- religious figures
Pope Francis | Pope | Buenos Aires | | Argentina | 1936 |
Pope John Paul II | Pope | Wadowice | Vatican City | Poland | 1920 | 2005
Pope Benedict XVI | Pope | Bavaria | Vatican City | Germany | 1927 | 2022
Gautama Buddha | ReligiousLeader | Nepal | India | | |
Muhammad | ReligiousLeader | Mecca | Medina | | |
Jesus | ReligiousLeader | | Jerusalem | | |
Guru Nanak | ReligiousLeader | Pakistan | Pakistan | | 1469 | 1539
Zoroaster | ReligiousLeader | | | | |
Joseph Smith | ReligiousLeader | Vermont | Illinois | United States | 1805 | 1844
# --- explorers, aviators, astronauts
Christopher Columbus | Explorer | Genoa | Valladolid | | | 1506
Ferdinand Magellan | Explorer | Portugal | Philippines | | | 1521
Marco Polo | Explorer | Venice | Venice | | | 1324
Vasco da Gama | Explorer | Portugal | Kochi | | | 1524
James Cook | Explorer | England | Hawaii | | 1728 | 1779
Roald Amundsen | Explorer | Norway | Barents Sea | Norway | 1872 | 1928
Ernest Shackleton | Explorer | Ireland | | | 1874 | 1922
Robert Falcon Scott | Explorer | Plymouth | Antarctica | | 1868 | 1912
Amerigo Vespucci | Explorer | Florence | Seville | | | 1512
Hernán Cortés {Hernan_Cortes} | Explorer | Spain | Spain | | | 1547
Francisco Pizarro | Explorer | Spain | Lima | | | 1541
Ibn Battuta | Explorer | Tangier | | | 1304 |
Zheng He | Explorer | China | | | |
David Livingstone | Explorer | Scotland | Zambia | | 1813 | 1873
Jacques Cousteau | Explorer | France | Paris | France | 1910 | 1997
Abel Tasman | Explorer | Netherlands | Jakarta | | | 1659
Charles Lindbergh | Aviator | Detroit | Hawaii | United States | 1902 | 1974
Amelia Earhart | Aviator | Kansas | | United States | 1897 |
Neil Armstrong | Astronaut | Ohio | Cincinnati | United States | 1930 | 2012
Buzz Aldrin | Astronaut | New Jersey | | United States | 1930 |
Michael Collins | Astronaut | Rome | Florida | United States | 1930 | 2021
Yuri Gagarin | Astronaut | Russia | Russia | | 1934 | 1968
Valentina Tereshkova | Astronaut | Russia | | Russia | 1937 |
John Glenn | Astronaut | Ohio | Columbus, Ohio | United States | 1921 | 2016
Sally Ride | Astronaut | Los Angeles | San Diego | United States | 1951 | 2012
Jim Lovell | Astronaut | Cleveland | | United States | 1928 |
Jack Swigert | Astronaut | Denver | Washington, D.C. | United States | 1931 | 1982
Fred Haise | Astronaut | Mississippi | | United States | 1933 |
Alan Shepard | Astronaut | New Hampshire | California | United States | 1923 | 1998
Chris Hadfield | Astronaut | Ontario | | Canada | 1959 |
Yang Liwei | Astronaut | China | | China | 1965 |
""")

BLOCKS.append(PEOPLE_COLS + """
Bill Gates | BusinessPerson | Seattle | | United States | 1955 |
Paul Allen | BusinessPerson | Seattle | Seattle | United States | 1953 | 2018
Steve Jobs | BusinessPerson | San Francisco | Palo Alto, California | United States | 1955 | 2011
Steve Wozniak | Engineer | San Jose, California | | United States | 1950 |
Ronald Wayne | BusinessPerson | Cleveland | | United States | 1934 |
Larry Page | BusinessPerson | Michigan | | United States | 1973 |
Sergey Brin | BusinessPerson | Moscow | | United States | 1973 |
Jeff Bezos | BusinessPerson | New Mexico | | United States | 1964 |
Mark Zuckerberg | BusinessPerson | New York (state) | | United States | 1984 |
Elon Musk | BusinessPerson | Pretoria | | South Africa; Canada; United States | 1971 |
Kevin Systrom | BusinessPerson | Massachusetts | | United States | 1983 |
Mike Krieger | BusinessPerson | São Paulo | | | 1986 |
Jan Koum | BusinessPerson | Kyiv | | United States | 1976 |
Brian Acton | BusinessPerson | Michigan | | United States | 1972 |
Chad Hurley | BusinessPerson | Pennsylvania | | United States | 1977 |
Steve Chen | BusinessPerson | Taiwan | | United States | 1978 |
Jawed Karim | BusinessPerson | Germany | | United States | 1979 |
Reid Hoffman | BusinessPerson | California | | United States | 1967 |
Martin Eberhard | Engineer | | | United States | 1960 |
Marc Tarpenning | Engineer | | | United States | 1964 |
Jensen Huang | BusinessPerson | Taiwan | | United States | 1963 |
Gordon Moore | BusinessPerson | San Francisco | Hawaii | United States | 1929 | 2023
Robert Noyce | Engineer | Iowa | Austin, Texas | United States | 1927 | 1990
Larry Ellison | BusinessPerson | New York City | | United States | 1944 |
Reed Hastings | BusinessPerson | Boston | | United States | 1960 |
Marc Randolph | BusinessPerson | | | United States | 1958 |
Lee Byung-chul | BusinessPerson | South Korea | Seoul | | 1910 | 1987
Masaru Ibuka | Engineer | Japan | Tokyo | Japan | 1908 | 1997
Akio Morita | BusinessPerson | Nagoya | Tokyo | Japan | 1921 | 1999
Fusajiro Yamauchi | BusinessPerson | Kyoto | Kyoto | Japan | 1859 | 1940
Kiichiro Toyoda | Engineer | Japan | | Japan | 1894 | 1952
Soichiro Honda | Engineer | Hamamatsu | Tokyo | Japan | 1906 | 1991
Henry Ford | BusinessPerson | Michigan | Dearborn, Michigan | United States | 1863 | 1947
William C. Durant | BusinessPerson | Boston | New York City | United States | 1861 | 1947
Giovanni Agnelli | BusinessPerson | Italy | Turin | Italy | 1866 | 1945
Louis Renault | BusinessPerson | Paris | Paris | France | 1877 | 1944
Enzo Ferrari | BusinessPerson | Modena | Maranello | Italy | 1898 | 1988
Ferruccio Lamborghini | BusinessPerson | Italy | Perugia | Italy | 1916 | 1993
Ingvar Kamprad | BusinessPerson | Sweden | Sweden | Sweden | 1926 | 2018
Erling Persson | BusinessPerson | Sweden | | Sweden | 1917 | 2002
Daniel Ek | BusinessPerson | Stockholm | | Sweden | 1983 |
Martin Lorentzon | BusinessPerson | Sweden | | Sweden | 1969 |
Fredrik Idestam | Engineer | Finland | Finland | | 1838 | 1916
Lars Magnus Ericsson | Inventor | Sweden | Sweden | Sweden | 1846 | 1926
Werner von Siemens | Inventor | Lower Saxony | Berlin | | 1816 | 1892
Dietmar Hopp | BusinessPerson | Heidelberg | | Germany | 1940 |
Hasso Plattner | BusinessPerson | Berlin | | Germany | 1944 |
Adolf Dassler | BusinessPerson | Herzogenaurach | Herzogenaurach | Germany | 1900 | 1978
Rudolf Dassler | BusinessPerson | Herzogenaurach | Herzogenaurach | Germany | 1898 | 1974
Phil Knight | BusinessPerson | Portland, Oregon | | United States | 1938 |
Bill Bowerman | Person | Portland, Oregon | Oregon | United States | 1911 | 1999
Asa Griggs Candler | BusinessPerson | | Atlanta | United States | 1851 | 1929
Sam Walton | BusinessPerson | Oklahoma | Little Rock, Arkansas | United States | 1918 | 1992
Walt Disney | BusinessPerson | Chicago | Burbank, California | United States | 1901 | 1966
Roy O. Disney | BusinessPerson | Chicago | Burbank, California | United States | 1893 | 1971
Edwin Catmull | ComputerScientist | | | United States | 1945 |
Carl Laemmle | BusinessPerson | Germany | Beverly Hills, California | United States | 1867 | 1939
Harry Warner | BusinessPerson | Poland | Los Angeles | United States | 1881 | 1958
Albert Warner | BusinessPerson | Poland | Florida | United States | 1884 | 1967
Sam Warner | BusinessPerson | Poland | Los Angeles | United States | 1887 | 1927
Jack L. Warner | BusinessPerson | Ontario | Los Angeles | United States | 1892 | 1978
Toshio Suzuki | Person | Nagoya | | Japan | 1948 |
Satoshi Tajiri | Person | Tokyo | | Japan | 1965 |
Masaya Nakamura | BusinessPerson | Tokyo | Tokyo | Japan | 1925 | 2017
Gabe Newell | BusinessPerson | Colorado | | United States | 1962 |
Mike Harrington | BusinessPerson | | | United States | |
Tim Sweeney | BusinessPerson | Maryland | | United States | 1970 |
Will Wright | Person | Atlanta | | United States | 1960 |
Trip Hawkins | BusinessPerson | | | United States | 1953 |
John Carmack | ComputerScientist | Kansas | | United States | 1970 |
John Romero | Person | Colorado | | United States | 1967 |
Jack Ma | BusinessPerson | Hangzhou | | China | 1964 |
Ma Huateng | BusinessPerson | China | | China | 1971 |
Ren Zhengfei | BusinessPerson | China | | China | 1944 |
Robin Li | BusinessPerson | China | | China | 1968 |
Morris Chang | BusinessPerson | China | | | 1931 |
N. R. Narayana Murthy | BusinessPerson | India | | India | 1946 |
Jamsetji Tata | BusinessPerson | India | Germany | | 1839 | 1904
Dhirubhai Ambani | BusinessPerson | India | Mumbai | India | 1932 | 2002
Marcus Goldman | BusinessPerson | Bavaria | New York City | United States | 1821 | 1904
Allen Lane | BusinessPerson | Bristol | | United Kingdom | 1902 | 1970
Bennett Cerf | BusinessPerson | New York City | New York City | United States | 1898 | 1971
Donald Klopfer | BusinessPerson | New York City | | United States | 1902 | 1986
Julius Springer | BusinessPerson | Berlin | Berlin | | 1817 | 1877
Berry Gordy | BusinessPerson | Detroit | | United States | 1929 |
Rick Rubin | Person | New York (state) | | United States | 1963 |
Russell Simmons | BusinessPerson | New York City | | United States | 1957 |
Sam Phillips | BusinessPerson | Alabama | Memphis, Tennessee | United States | 1923 | 2003
Ahmet Ertegun | BusinessPerson | Istanbul | New York City | United States | 1923 | 2006
Henri Nestlé {Henri_Nestle} | BusinessPerson | Frankfurt | Switzerland | | 1814 | 1890
Gerard Adriaan Heineken | BusinessPerson | Amsterdam | Amsterdam | | 1841 | 1893
J. C. Jacobsen | BusinessPerson | Copenhagen | Rome | | 1811 | 1887
Pietro Ferrero | BusinessPerson | Italy | Italy | Italy | 1898 | 1949
Ole Kirk Christiansen | BusinessPerson | Denmark | Denmark | Denmark | 1891 | 1958
William Boeing | BusinessPerson | Detroit | | United States | 1881 | 1956
William S. Harley | Engineer | Milwaukee | Milwaukee | United States | 1880 | 1943
Arthur Davidson | BusinessPerson | Milwaukee | Wisconsin | United States | 1881 | 1950
Bill Hewlett | Engineer | Michigan | Palo Alto, California | United States | 1913 | 2001
David Packard | Engineer | Colorado | California | United States | 1912 | 1996
Michael Dell | BusinessPerson | Houston | | United States | 1965 |
John Warnock | ComputerScientist | Salt Lake City | California | United States | 1940 | 2023
Charles Geschke | ComputerScientist | Cleveland | California | United States | 1939 | 2021
Travis Kalanick | BusinessPerson | Los Angeles | | United States | 1976 |
Garrett Camp | BusinessPerson | Calgary | | Canada | 1978 |
Brian Chesky | BusinessPerson | New York (state) | | United States | 1981 |
Joe Gebbia | BusinessPerson | Atlanta | | United States | 1981 |
Nathan Blecharczyk | BusinessPerson | Boston | | United States | 1983 |
Sam Altman | BusinessPerson | Chicago | | United States | 1985 |
Ilya Sutskever | ComputerScientist | Nizhny Novgorod | | | 1986 |
Jimmy Wales | BusinessPerson | Alabama | | United States | 1966 |
Larry Sanger | Philosopher | Bellevue, Washington | | United States | 1968 |
Warren Buffett | BusinessPerson | Omaha, Nebraska | | United States | 1930 |
John D. Rockefeller | BusinessPerson | New York (state) | Florida | United States | 1839 | 1937
Ezra Cornell | BusinessPerson | New York (state) | Ithaca, New York | United States | 1807 | 1874
Andrew Dickson White | Person | New York (state) | Ithaca, New York | United States | 1832 | 1918
William Barton Rogers | Scientist | Philadelphia | Boston | United States | 1804 | 1882
Pierre de Coubertin | Person | Paris | Geneva | France | 1863 | 1937
Hans Wilsdorf | BusinessPerson | Bavaria | Geneva | | 1881 | 1960
François Pinault {Francois_Pinault} | BusinessPerson | France | | France | 1936 |
Thierry Hermès {Thierry_Hermes} | BusinessPerson | Germany | Paris | | 1801 | 1878
Ted Turner | BusinessPerson | Cincinnati | | United States | 1938 |
""")

BLOCKS.append(PEOPLE_COLS + """
Mileva Marić {Mileva_Maric} | Person | Serbia | Zurich | | 1875 | 1948
Victoria Beckham | Singer | England | | United Kingdom | 1974 |
""")

# ---------------------------------------------------------------------------
# Written works: label | class | author | originalLanguage | releaseYear
# (releaseYear = year of first publication, given only where unambiguous)
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | class | author | originalLanguage | releaseYear
Pride and Prejudice | Novel | Jane Austen | English | 1813
Sense and Sensibility | Novel | Jane Austen | English | 1811
Emma | Novel | Jane Austen | English |
Jane Eyre | Novel | Charlotte Brontë | English | 1847
Wuthering Heights | Novel | Emily Brontë | English | 1847
Agnes Grey | Novel | Anne Brontë | English | 1847
Oliver Twist | Novel | Charles Dickens | English |
Great Expectations | Novel | Charles Dickens | English |
A Tale of Two Cities | HistoricalNovel | Charles Dickens | English | 1859
David Copperfield | Novel | Charles Dickens | English |
A Christmas Carol | Novella | Charles Dickens | English | 1843
Frankenstein | GothicNovel | Mary Shelley | English | 1818
Dracula | GothicNovel | Bram Stoker | English | 1897
The Picture of Dorian Gray | Novel | Oscar Wilde | English |
Nineteen Eighty-Four | DystopianNovel | George Orwell | English | 1949
Animal Farm | Novella | George Orwell | English | 1945
Brave New World | DystopianNovel | Aldous Huxley | English | 1932
Fahrenheit 451 | DystopianNovel | Ray Bradbury | English | 1953
The Handmaid's Tale | DystopianNovel | Margaret Atwood | English | 1985
The Great Gatsby | Novel | F. Scott Fitzgerald | English | 1925
To Kill a Mockingbird | Novel | Harper Lee | English | 1960
The Catcher in the Rye | Novel | J. D. Salinger | English | 1951
Moby-Dick | Novel | Herman Melville | English | 1851
The Adventures of Tom Sawyer | Novel | Mark Twain | English | 1876
Adventures of Huckleberry Finn | Novel | Mark Twain | English |
The Old Man and the Sea | Novella | Ernest Hemingway | English | 1952
A Farewell to Arms | Novel | Ernest Hemingway | English | 1929
For Whom the Bell Tolls | Novel | Ernest Hemingway | English | 1940
The Sun Also Rises | Novel | Ernest Hemingway | English | 1926
The Grapes of Wrath | Novel | John Steinbeck | English | 1939
Of Mice and Men | Novella | John Steinbeck | English | 1937
East of Eden | Novel | John Steinbeck | English | 1952
The Sound and the Fury | Novel | William Faulkner | English | 1929
Beloved | Novel | Toni Morrison | English | 1987
Ulysses | Novel | James Joyce | English | 1922
Dubliners | ShortStoryCollection | James Joyce | English | 1914
Mrs Dalloway | Novel | Virginia Woolf | English | 1925
To the Lighthouse | Novel | Virginia Woolf | English | 1927
Lord of the Flies | Novel | William Golding | English | 1954
The Hobbit | FantasyNovel | J. R. R. Tolkien | English | 1937
The Lord of the Rings | FantasyNovel | J. R. R. Tolkien | English |
Harry Potter and the Philosopher's Stone | FantasyNovel | J. K. Rowling | English | 1997
Harry Potter and the Chamber of Secrets | FantasyNovel | J. K. Rowling | English | 1998
Harry Potter and the Prisoner of Azkaban | FantasyNovel | J. K. Rowling | English | 1999
Harry Potter and the Goblet of Fire | FantasyNovel | J. K. Rowling | English | 2000
Harry Potter and the Order of the Phoenix | FantasyNovel | J. K. Rowling | English | 2003
Harry Potter and the Half-Blood Prince | FantasyNovel | J. K. Rowling | English | 2005
Harry Potter and the Deathly Hallows | FantasyNovel | J. K. Rowling | English | 2007
A Game of Thrones | FantasyNovel | George R. R. Martin | English | 1996
The Lion, the Witch and the Wardrobe | FantasyNovel | C. S. Lewis | English | 1950
Alice's Adventures in Wonderland | Novel | Lewis Carroll | English | 1865
Gulliver's Travels | Novel | Jonathan Swift | English | 1726
Robinson Crusoe | Novel | Daniel Defoe | English | 1719
Treasure Island | Novel | Robert Louis Stevenson | English | 1883
Strange Case of Dr Jekyll and Mr Hyde | Novella | Robert Louis Stevenson | English | 1886
The Time Machine | Novella | H. G. Wells | English | 1895
The War of the Worlds | ScienceFictionNovel | H. G. Wells | English | 1898
Twenty Thousand Leagues Under the Seas | ScienceFictionNovel | Jules Verne | French |
Around the World in Eighty Days | Novel | Jules Verne | French |
Dune | ScienceFictionNovel | Frank Herbert | English | 1965
Dune Messiah | ScienceFictionNovel | Frank Herbert | English | 1969
Foundation | ScienceFictionNovel | Isaac Asimov | English | 1951
Do Androids Dream of Electric Sheep? | ScienceFictionNovel | Philip K. Dick | English | 1968
Neuromancer | ScienceFictionNovel | William Gibson | English | 1984
The Hitchhiker's Guide to the Galaxy | ScienceFictionNovel | Douglas Adams | English | 1979
Slaughterhouse-Five | Novel | Kurt Vonnegut | English | 1969
Catch-22 | Novel | Joseph Heller | English | 1961
Lolita | Novel | Vladimir Nabokov | English | 1955
Carrie | Novel | Stephen King | English | 1974
The Stand | Novel | Stephen King | English | 1978
Rita Hayworth and Shawshank Redemption | Novella | Stephen King | English | 1982
The Da Vinci Code | Novel | Dan Brown | English | 2003
Murder on the Orient Express | DetectiveNovel | Agatha Christie | English | 1934
And Then There Were None | DetectiveNovel | Agatha Christie | English | 1939
The Hound of the Baskervilles | DetectiveNovel | Arthur Conan Doyle | English | 1902
A Study in Scarlet | DetectiveNovel | Arthur Conan Doyle | English | 1887
Midnight's Children | Novel | Salman Rushdie | English | 1981
Things Fall Apart | Novel | Chinua Achebe | English | 1958
The Kite Runner | Novel | Khaled Hosseini | English | 2003
The Road | Novel | Cormac McCarthy | English | 2006
The Remains of the Day | Novel | Kazuo Ishiguro | English | 1989
Never Let Me Go | Novel | Kazuo Ishiguro | English | 2005
Life of Pi | Novel | Yann Martel | English | 2001
Heart of Darkness | Novella | Joseph Conrad | English |
The Scarlet Letter | Novel | Nathaniel Hawthorne | English | 1850
Uncle Tom's Cabin | Novel | Harriet Beecher Stowe | English | 1852
Little Women | Novel | Louisa May Alcott | English |
Gone with the Wind | HistoricalNovel | Margaret Mitchell | English | 1936
On the Road | Novel | Jack Kerouac | English | 1957
The Call of the Wild | Novel | Jack London | English | 1903
Rebecca | GothicNovel | Daphne du Maurier | English | 1938
Tess of the d'Urbervilles | Novel | Thomas Hardy | English | 1891
Middlemarch | Novel | George Eliot | English |
Ivanhoe | HistoricalNovel | Walter Scott | English |
Schindler's Ark | HistoricalNovel | Thomas Keneally | English | 1982
The Wonderful Wizard of Oz | Novel | L. Frank Baum | English | 1900
Casino Royale | Novel | Ian Fleming | English | 1953
Les Misérables {Les_Miserables} | HistoricalNovel | Victor Hugo | French | 1862
The Hunchback of Notre-Dame | Novel | Victor Hugo | French | 1831
Madame Bovary | Novel | Gustave Flaubert | French |
The Count of Monte Cristo | Novel | Alexandre Dumas | French |
The Three Musketeers | HistoricalNovel | Alexandre Dumas | French | 1844
In Search of Lost Time | Novel | Marcel Proust | French |
The Stranger | Novel | Albert Camus | French | 1942
The Plague | Novel | Albert Camus | French | 1947
The Little Prince | Novella | Antoine de Saint-Exupéry | French | 1943
Candide | Novella | Voltaire | French | 1759
Germinal | Novel | Émile Zola | French | 1885
Nausea | Novel | Jean-Paul Sartre | French | 1938
War and Peace | HistoricalNovel | Leo Tolstoy | Russian |
Anna Karenina | Novel | Leo Tolstoy | Russian |
Crime and Punishment | Novel | Fyodor Dostoevsky | Russian | 1866
The Brothers Karamazov | Novel | Fyodor Dostoevsky | Russian | 1880
The Idiot | Novel | Fyodor Dostoevsky | Russian |
Doctor Zhivago | Novel | Boris Pasternak | Russian | 1957
The Master and Margarita | Novel | Mikhail Bulgakov | Russian |
Dead Souls | Novel | Nikolai Gogol | Russian | 1842
Fathers and Sons | Novel | Ivan Turgenev | Russian | 1862
One Day in the Life of Ivan Denisovich | Novella | Aleksandr Solzhenitsyn | Russian | 1962
The Metamorphosis | Novella | Franz Kafka | German | 1915
The Trial | Novel | Franz Kafka | German | 1925
The Magic Mountain | Novel | Thomas Mann | German | 1924
Buddenbrooks | Novel | Thomas Mann | German | 1901
Siddhartha | Novel | Hermann Hesse | German | 1922
Steppenwolf | Novel | Hermann Hesse | German | 1927
All Quiet on the Western Front | Novel | Erich Maria Remarque | German | 1929
The Sorrows of Young Werther | Novel | Johann Wolfgang von Goethe | German | 1774
The Tin Drum | Novel | Günter Grass | German | 1959
Perfume: The Story of a Murderer | Novel | Patrick Süskind | German | 1985
Grimms' Fairy Tales | ShortStoryCollection | Jacob Grimm; Wilhelm Grimm | German | 1812
Don Quixote | Novel | Miguel de Cervantes | Spanish |
One Hundred Years of Solitude | Novel | Gabriel García Márquez | Spanish | 1967
Love in the Time of Cholera | Novel | Gabriel García Márquez | Spanish | 1985
Ficciones | ShortStoryCollection | Jorge Luis Borges | Spanish | 1944
The House of the Spirits | Novel | Isabel Allende | Spanish | 1982
The Name of the Rose | HistoricalNovel | Umberto Eco | Italian | 1980
The Betrothed | HistoricalNovel | Alessandro Manzoni | Italian |
The Adventures of Pinocchio | Novel | Carlo Collodi | Italian | 1883
The Leopard | HistoricalNovel | Giuseppe Tomasi di Lampedusa | Italian | 1958
The Alchemist | Novel | Paulo Coelho | Portuguese | 1988
Blindness | Novel | José Saramago | Portuguese | 1995
Norwegian Wood | Novel | Haruki Murakami | Japanese | 1987
Kafka on the Shore | Novel | Haruki Murakami | Japanese | 2002
The Tale of Genji | Novel | Murasaki Shikibu | Japanese |
Snow Country | Novel | Yasunari Kawabata | Japanese |
Dream of the Red Chamber | Novel | Cao Xueqin | |
The Jungle Book | ShortStoryCollection | Rudyard Kipling | English | 1894
Winnie-the-Pooh | Book | A. A. Milne | English | 1926
Peter and Wendy | Novel | J. M. Barrie | English | 1911
A Bear Called Paddington | Book | Michael Bond | English | 1958
Watchmen | Comic | Alan Moore | English |
Maus | Comic | Art Spiegelman | English |
The Adventures of Tintin | Comic | Hergé | French |
Peanuts | Comic | Charles M. Schulz | English |
One Piece | Manga | Eiichiro Oda | Japanese | 1997
Dragon Ball | Manga | Akira Toriyama | Japanese | 1984
Naruto | Manga | Masashi Kishimoto | Japanese | 1999
Astro Boy | Manga | Osamu Tezuka | Japanese | 1952
On the Origin of Species | NonFictionBook | Charles Darwin | English | 1859
The Communist Manifesto | NonFictionBook | Karl Marx; Friedrich Engels | German | 1848
Das Kapital | NonFictionBook | Karl Marx | German | 1867
The Wealth of Nations | NonFictionBook | Adam Smith | English | 1776
A Brief History of Time | NonFictionBook | Stephen Hawking | English | 1988
Philosophiæ Naturalis Principia Mathematica {Philosophiae_Naturalis_Principia_Mathematica} | NonFictionBook | Isaac Newton | Latin | 1687
The Prince | NonFictionBook | Niccolò Machiavelli | Italian | 1532
Critique of Pure Reason | NonFictionBook | Immanuel Kant | German | 1781
Thus Spoke Zarathustra | Book | Friedrich Nietzsche | German |
Being and Time | NonFictionBook | Martin Heidegger | German | 1927
Leviathan | NonFictionBook | Thomas Hobbes | English | 1651
The Republic | Book | Plato | Ancient Greek |
Nicomachean Ethics | Book | Aristotle | Ancient Greek |
The Interpretation of Dreams | NonFictionBook | Sigmund Freud | German |
The Diary of a Young Girl | NonFictionBook | Anne Frank | Dutch | 1947
Silent Spring | NonFictionBook | Rachel Carson | English | 1962
The Selfish Gene | NonFictionBook | Richard Dawkins | English | 1976
The General Theory of Employment, Interest and Money | NonFictionBook | John Maynard Keynes | English | 1936
Meditations | Book | Marcus Aurelius | Ancient Greek |
Discourse on the Method | NonFictionBook | René Descartes | French | 1637
Tractatus Logico-Philosophicus | NonFictionBook | Ludwig Wittgenstein | German | 1921
The Art of Computer Programming | NonFictionBook | Donald Knuth | English |
A Vindication of the Rights of Woman | NonFictionBook | Mary Wollstonecraft | English | 1792
The Social Contract | NonFictionBook | Jean-Jacques Rousseau | French | 1762
Summa Theologica | NonFictionBook | Thomas Aquinas | Latin |
The Road to Serfdom | NonFictionBook | Friedrich Hayek | English | 1944
Thinking, Fast and Slow | NonFictionBook | Daniel Kahneman | English | 2011
Iliad | EpicPoem | Homer | Ancient Greek |
Odyssey | EpicPoem | Homer | Ancient Greek |
Aeneid | EpicPoem | Virgil | Latin |
Divine Comedy | EpicPoem | Dante Alighieri | Italian |
Paradise Lost | EpicPoem | John Milton | English | 1667
Beowulf | EpicPoem | | Old English |
Don Juan | EpicPoem | Lord Byron | English |
Eugene Onegin | Poem | Alexander Pushkin | Russian |
The Canterbury Tales | Poem | Geoffrey Chaucer | Middle English |
The Raven | Poem | Edgar Allan Poe | English | 1845
The Waste Land | Poem | T. S. Eliot | English | 1922
Leaves of Grass | Book | Walt Whitman | English | 1855
Howl | Poem | Allen Ginsberg | English | 1956
Ode to a Nightingale | Poem | John Keats | English | 1819
The Road Not Taken | Poem | Robert Frost | English | 1916
Ozymandias | Poem | Percy Bysshe Shelley | English | 1818
Still I Rise | Poem | Maya Angelou | English | 1978
Gitanjali | Book | Rabindranath Tagore | Bengali |
Twenty Love Poems and a Song of Despair | Book | Pablo Neruda | Spanish | 1924
Hamlet | Play | William Shakespeare | English |
Macbeth | Play | William Shakespeare | English |
Romeo and Juliet | Play | William Shakespeare | English |
Othello | Play | William Shakespeare | English |
King Lear | Play | William Shakespeare | English |
A Midsummer Night's Dream | Play | William Shakespeare | English |
The Tempest | Play | William Shakespeare | English |
Oedipus Rex | Play | Sophocles | Ancient Greek |
Antigone | Play | Sophocles | Ancient Greek |
Medea | Play | Euripides | Ancient Greek |
Waiting for Godot | Play | Samuel Beckett | French |
Death of a Salesman | Play | Arthur Miller | English | 1949
The Crucible | Play | Arthur Miller | English | 1953
A Streetcar Named Desire | Play | Tennessee Williams | English | 1947
Pygmalion | Play | George Bernard Shaw | English |
The Importance of Being Earnest | Play | Oscar Wilde | English | 1895
A Doll's House | Play | Henrik Ibsen | |
Hedda Gabler | Play | Henrik Ibsen | |
Peer Gynt | Play | Henrik Ibsen | |
The Cherry Orchard | Play | Anton Chekhov | Russian | 1904
Three Sisters | Play | Anton Chekhov | Russian |
The Seagull | Play | Anton Chekhov | Russian |
Cyrano de Bergerac | Play | Edmond Rostand | French | 1897
Tartuffe | Play | Molière | French |
Long Day's Journey into Night | Play | Eugene O'Neill | English |
Faust | Play | Johann Wolfgang von Goethe | German |
William Tell | Play | Friedrich Schiller | German | 1804
Bible | ReligiousText | | |
Quran | ReligiousText | | Arabic |
Torah | ReligiousText | | Hebrew |
Bhagavad Gita | ReligiousText | | Sanskrit |
Tao Te Ching | ReligiousText | | |
The New York Times | Newspaper | | English |
The Washington Post | Newspaper | | English |
The Guardian | Newspaper | | English |
The Times | Newspaper | | English |
Le Monde | Newspaper | | French |
Frankfurter Allgemeine Zeitung | Newspaper | | German |
El País {El_Pais} | Newspaper | | Spanish |
Der Spiegel | Periodical | | German |
The Economist | Periodical | | English |
National Geographic | Periodical | | English |
""")
BLOCKS.append("""
!cols label | creator
Watchmen | Dave Gibbons
""")
BLOCKS.append("""
!cols label | class | author | originalLanguage
Principia Mathematica | NonFictionBook | Bertrand Russell | English
""")

BLOCKS.append("""
!cols label | subsequentWork
Harry Potter and the Philosopher's Stone | Harry Potter and the Chamber of Secrets
Harry Potter and the Chamber of Secrets | Harry Potter and the Prisoner of Azkaban
Harry Potter and the Prisoner of Azkaban | Harry Potter and the Goblet of Fire
Harry Potter and the Goblet of Fire | Harry Potter and the Order of the Phoenix
Harry Potter and the Order of the Phoenix | Harry Potter and the Half-Blood Prince
Harry Potter and the Half-Blood Prince | Harry Potter and the Deathly Hallows
The Hobbit | The Lord of the Rings
Dune | Dune Messiah
The Godfather | The Godfather Part II
The Godfather Part II | The Godfather Part III
Star Wars | The Empire Strikes Back
The Empire Strikes Back | Return of the Jedi
The Lord of the Rings: The Fellowship of the Ring | The Lord of the Rings: The Two Towers
The Lord of the Rings: The Two Towers | The Lord of the Rings: The Return of the King
Toy Story | Toy Story 2
Toy Story 2 | Toy Story 3
The Terminator | Terminator 2: Judgment Day
Alien | Aliens
""")

# ---------------------------------------------------------------------------
# Films
# ---------------------------------------------------------------------------
BLOCKS.append("""
!class Film
!cols label | class | director | starring | releaseYear | originalLanguage | musicComposer | productionCompany | basedOn
The Godfather | | Francis Ford Coppola | Marlon Brando; Al Pacino | 1972 | English | Nino Rota | Paramount Pictures |
The Godfather Part II | | Francis Ford Coppola | Al Pacino; Robert De Niro | 1974 | English | Nino Rota | Paramount Pictures |
The Godfather Part III | | Francis Ford Coppola | Al Pacino | 1990 | English | | Paramount Pictures |
Apocalypse Now | | Francis Ford Coppola | Marlon Brando; Martin Sheen | 1979 | English | | |
Citizen Kane | | Orson Welles | Orson Welles | 1941 | English | Bernard Herrmann | |
Psycho | | Alfred Hitchcock | Anthony Perkins; Janet Leigh | 1960 | English | Bernard Herrmann | |
Vertigo | | Alfred Hitchcock | James Stewart | 1958 | English | Bernard Herrmann | |
Rear Window | | Alfred Hitchcock | James Stewart; Grace Kelly | 1954 | English | | |
North by Northwest | | Alfred Hitchcock | Cary Grant | 1959 | English | Bernard Herrmann | |
The Birds | | Alfred Hitchcock | | 1963 | English | | |
2001: A Space Odyssey | | Stanley Kubrick | | 1968 | English | | |
A Clockwork Orange | | Stanley Kubrick | | 1971 | English | | |
The Shining | | Stanley Kubrick | Jack Nicholson | 1980 | English | | |
Dr. Strangelove | | Stanley Kubrick | Peter Sellers | 1964 | English | | |
Full Metal Jacket | | Stanley Kubrick | | 1987 | English | | |
Schindler's List | | Steven Spielberg | Liam Neeson | 1993 | English | John Williams | | Schindler's Ark
Jaws | | Steven Spielberg | | 1975 | English | John Williams | Universal Pictures |
E.T. the Extra-Terrestrial | | Steven Spielberg | | 1982 | English | John Williams | |
Jurassic Park | | Steven Spielberg | | 1993 | English | John Williams | |
Raiders of the Lost Ark | | Steven Spielberg | Harrison Ford | 1981 | English | John Williams | Lucasfilm |
Saving Private Ryan | | Steven Spielberg | Tom Hanks | 1998 | English | John Williams | |
Star Wars | | George Lucas | Mark Hamill; Harrison Ford; Carrie Fisher | 1977 | English | John Williams | Lucasfilm |
The Empire Strikes Back | | Irvin Kershner | Mark Hamill; Harrison Ford; Carrie Fisher | 1980 | English | John Williams | Lucasfilm |
Return of the Jedi | | Richard Marquand | Mark Hamill; Harrison Ford; Carrie Fisher | 1983 | English | John Williams | Lucasfilm |
Pulp Fiction | | Quentin Tarantino | John Travolta; Samuel L. Jackson; Uma Thurman | 1994 | English | | |
Kill Bill: Volume 1 | | Quentin Tarantino | Uma Thurman | 2003 | English | | |
Inglourious Basterds | | Quentin Tarantino | Brad Pitt | 2009 | English | | |
Django Unchained | | Quentin Tarantino | Jamie Foxx; Leonardo DiCaprio | 2012 | English | | |
Taxi Driver | | Martin Scorsese | Robert De Niro | 1976 | English | Bernard Herrmann | |
Raging Bull | | Martin Scorsese | Robert De Niro | 1980 | English | | |
Goodfellas | | Martin Scorsese | Robert De Niro; Ray Liotta; Joe Pesci | 1990 | English | | |
The Departed | | Martin Scorsese | Leonardo DiCaprio; Matt Damon; Jack Nicholson | 2006 | English | | |
The Wolf of Wall Street | | Martin Scorsese | Leonardo DiCaprio | 2013 | English | | |
Titanic | | James Cameron | Leonardo DiCaprio; Kate Winslet | 1997 | English | James Horner | |
Avatar | | James Cameron | | 2009 | English | James Horner | |
The Terminator | | James Cameron | Arnold Schwarzenegger | 1984 | English | | |
Terminator 2: Judgment Day | | James Cameron | Arnold Schwarzenegger | 1991 | English | | |
Aliens | | James Cameron | Sigourney Weaver | 1986 | English | James Horner | |
Alien | | Ridley Scott | Sigourney Weaver | 1979 | English | | |
Blade Runner | | Ridley Scott | Harrison Ford | 1982 | English | Vangelis | | Do Androids Dream of Electric Sheep?
Gladiator | | Ridley Scott | Russell Crowe | 2000 | English | Hans Zimmer | |
Top Gun | | Tony Scott | Tom Cruise | 1986 | English | | Paramount Pictures |
The Dark Knight | | Christopher Nolan | Christian Bale; Heath Ledger | 2008 | English | Hans Zimmer | |
Inception | | Christopher Nolan | Leonardo DiCaprio | 2010 | English | Hans Zimmer | |
Interstellar | | Christopher Nolan | Matthew McConaughey | 2014 | English | Hans Zimmer | |
Memento | | Christopher Nolan | Guy Pearce | 2000 | English | | |
The Lord of the Rings: The Fellowship of the Ring | | Peter Jackson | Elijah Wood | 2001 | English | Howard Shore | | The Lord of the Rings
The Lord of the Rings: The Two Towers | | Peter Jackson | Elijah Wood | 2002 | English | Howard Shore | | The Lord of the Rings
The Lord of the Rings: The Return of the King | | Peter Jackson | Elijah Wood | 2003 | English | Howard Shore | | The Lord of the Rings
Forrest Gump | | Robert Zemeckis | Tom Hanks | 1994 | English | Alan Silvestri | Paramount Pictures |
Back to the Future | | Robert Zemeckis | Michael J. Fox | 1985 | English | Alan Silvestri | Universal Pictures |
Cast Away | | Robert Zemeckis | Tom Hanks | 2000 | English | Alan Silvestri | |
The Shawshank Redemption | | Frank Darabont | Tim Robbins; Morgan Freeman | 1994 | English | | | Rita Hayworth and Shawshank Redemption
The Green Mile | | Frank Darabont | Tom Hanks | 1999 | English | | |
Fight Club | | David Fincher | Brad Pitt; Edward Norton | 1999 | English | | |
The Social Network | | David Fincher | Jesse Eisenberg | 2010 | English | | |
The Matrix | | Lana Wachowski; Lilly Wachowski | Keanu Reeves | 1999 | English | | |
Seven Samurai | | Akira Kurosawa | Toshiro Mifune | 1954 | Japanese | | |
Rashomon | | Akira Kurosawa | Toshiro Mifune | 1950 | Japanese | | |
Tokyo Story | | Yasujirō Ozu | | 1953 | Japanese | | |
Spirited Away | AnimatedFilm | Hayao Miyazaki | | 2001 | Japanese | Joe Hisaishi | Studio Ghibli |
My Neighbor Totoro | AnimatedFilm | Hayao Miyazaki | | 1988 | Japanese | Joe Hisaishi | Studio Ghibli |
Princess Mononoke | AnimatedFilm | Hayao Miyazaki | | 1997 | Japanese | Joe Hisaishi | Studio Ghibli |
Grave of the Fireflies | AnimatedFilm | Isao Takahata | | 1988 | Japanese | | Studio Ghibli |
Parasite | | Bong Joon-ho | Song Kang-ho | 2019 | Korean | | |
Oldboy | | Park Chan-wook | | 2003 | Korean | | |
La Dolce Vita | | Federico Fellini | Marcello Mastroianni | 1960 | Italian | Nino Rota | |
8½ {Eight_and_a_Half} | | Federico Fellini | Marcello Mastroianni | 1963 | Italian | Nino Rota | |
Bicycle Thieves | | Vittorio De Sica | | 1948 | Italian | | |
Life Is Beautiful | | Roberto Benigni | Roberto Benigni | 1997 | Italian | | |
Cinema Paradiso | | Giuseppe Tornatore | | 1988 | Italian | Ennio Morricone | |
The Good, the Bad and the Ugly | | Sergio Leone | Clint Eastwood | 1966 | | Ennio Morricone | |
Once Upon a Time in the West | | Sergio Leone | Henry Fonda | 1968 | | Ennio Morricone | |
The Seventh Seal | | Ingmar Bergman | Max von Sydow | 1957 | Swedish | | |
Persona | | Ingmar Bergman | | 1966 | Swedish | | |
Breathless | | Jean-Luc Godard | Jean-Paul Belmondo | 1960 | French | | |
The 400 Blows | | François Truffaut | | 1959 | French | | |
Amélie {Amelie} | | Jean-Pierre Jeunet | Audrey Tautou | 2001 | French | | |
La Grande Illusion | | Jean Renoir | | 1937 | | | |
Metropolis | | Fritz Lang | | 1927 | | | |
Run Lola Run | | Tom Tykwer | | 1998 | German | | |
Das Boot | | Wolfgang Petersen | | 1981 | German | | |
The Lives of Others | | Florian Henckel von Donnersmarck | | 2006 | German | | |
Downfall | | Oliver Hirschbiegel | | 2004 | German | | |
Pan's Labyrinth | | Guillermo del Toro | | 2006 | Spanish | | |
The Shape of Water | | Guillermo del Toro | | 2017 | English | | |
Roma | | Alfonso Cuarón | | 2018 | Spanish | | |
Gravity | | Alfonso Cuarón | Sandra Bullock; George Clooney | 2013 | English | | |
The Revenant | | Alejandro González Iñárritu | Leonardo DiCaprio; Tom Hardy | 2015 | English | | |
Birdman | | Alejandro González Iñárritu | Michael Keaton | 2014 | English | | |
City of God | | Fernando Meirelles | | 2002 | Portuguese | | |
Crouching Tiger, Hidden Dragon | | Ang Lee | Chow Yun-fat; Michelle Yeoh | 2000 | Mandarin Chinese | | |
Brokeback Mountain | | Ang Lee | Heath Ledger; Jake Gyllenhaal | 2005 | English | | |
Lawrence of Arabia | | David Lean | Peter O'Toole | 1962 | English | Maurice Jarre | |
The Bridge on the River Kwai | | David Lean | Alec Guinness | 1957 | English | | |
The Wizard of Oz | | Victor Fleming | Judy Garland | 1939 | English | | | The Wonderful Wizard of Oz
Singin' in the Rain | | Gene Kelly; Stanley Donen | Gene Kelly; Debbie Reynolds | 1952 | English | | |
Some Like It Hot | | Billy Wilder | Marilyn Monroe; Jack Lemmon; Tony Curtis | 1959 | English | | |
Sunset Boulevard | | Billy Wilder | | 1950 | English | | Paramount Pictures |
The Apartment | | Billy Wilder | Jack Lemmon | 1960 | English | | |
Roman Holiday | | William Wyler | Audrey Hepburn; Gregory Peck | 1953 | English | | Paramount Pictures |
Ben-Hur | | William Wyler | Charlton Heston | 1959 | English | | |
Breakfast at Tiffany's | | Blake Edwards | Audrey Hepburn | 1961 | English | | Paramount Pictures |
Modern Times | | Charlie Chaplin | Charlie Chaplin | 1936 | | | |
The Great Dictator | | Charlie Chaplin | Charlie Chaplin | 1940 | English | | |
City Lights | | Charlie Chaplin | Charlie Chaplin | 1931 | | | |
One Flew Over the Cuckoo's Nest | | Miloš Forman | Jack Nicholson | 1975 | English | | |
Amadeus | | Miloš Forman | | 1984 | English | | |
Rocky | | John G. Avildsen | Sylvester Stallone | 1976 | English | | |
Annie Hall | | Woody Allen | Woody Allen; Diane Keaton | 1977 | English | | |
Chinatown | | Roman Polanski | Jack Nicholson | 1974 | English | | Paramount Pictures |
The Pianist | | Roman Polanski | Adrien Brody | 2002 | English | | |
Unforgiven | | Clint Eastwood | Clint Eastwood | 1992 | English | | |
Million Dollar Baby | | Clint Eastwood | Hilary Swank; Clint Eastwood; Morgan Freeman | 2004 | English | | |
Toy Story | AnimatedFilm | John Lasseter | Tom Hanks | 1995 | English | Randy Newman | Pixar |
Toy Story 2 | AnimatedFilm | John Lasseter | Tom Hanks | 1999 | English | Randy Newman | Pixar |
Toy Story 3 | AnimatedFilm | Lee Unkrich | Tom Hanks | 2010 | English | Randy Newman | Pixar |
Finding Nemo | AnimatedFilm | Andrew Stanton | | 2003 | English | | Pixar |
WALL-E | AnimatedFilm | Andrew Stanton | | 2008 | English | | Pixar |
Up | AnimatedFilm | Pete Docter | | 2009 | English | | Pixar |
Inside Out | AnimatedFilm | Pete Docter | | 2015 | English | | Pixar |
The Lion King | AnimatedFilm | Roger Allers; Rob Minkoff | | 1994 | English | Hans Zimmer | Walt Disney Animation Studios |
Frozen | AnimatedFilm | Chris Buck; Jennifer Lee | | 2013 | English | | Walt Disney Animation Studios |
Shrek | AnimatedFilm | Andrew Adamson; Vicky Jenson | Mike Myers | 2001 | English | | DreamWorks Animation |
Steamboat Willie | AnimatedFilm | Walt Disney; Ub Iwerks | | 1928 | | | |
Mission: Impossible | | Brian De Palma | Tom Cruise | 1996 | English | | Paramount Pictures |
Scarface | | Brian De Palma | Al Pacino | 1983 | English | | Universal Pictures |
Heat | | Michael Mann | Al Pacino; Robert De Niro | 1995 | English | | |
The Silence of the Lambs | | Jonathan Demme | Jodie Foster; Anthony Hopkins | 1991 | English | Howard Shore | |
No Country for Old Men | | Joel Coen; Ethan Coen | Javier Bardem | 2007 | English | | |
Fargo | | Joel Coen; Ethan Coen | Frances McDormand | 1996 | English | | |
The Big Lebowski | | Joel Coen; Ethan Coen | Jeff Bridges | 1998 | English | | |
Avengers: Endgame | | Anthony Russo; Joe Russo | Robert Downey Jr.; Scarlett Johansson | 2019 | English | Alan Silvestri | Marvel Studios |
Black Panther | | Ryan Coogler | Chadwick Boseman | 2018 | English | | Marvel Studios |
Mad Max: Fury Road | | George Miller | Tom Hardy; Charlize Theron | 2015 | English | | |
La La Land | | Damien Chazelle | Ryan Gosling; Emma Stone | 2016 | English | | |
Whiplash | | Damien Chazelle | | 2014 | English | | |
Slumdog Millionaire | | Danny Boyle | Dev Patel | 2008 | English | | |
Trainspotting | | Danny Boyle | Ewan McGregor | 1996 | English | | |
The Sound of Music | | Robert Wise | Julie Andrews | 1965 | English | | |
West Side Story | | Robert Wise; Jerome Robbins | Natalie Wood | 1961 | English | Leonard Bernstein | |
Mary Poppins | | Robert Stevenson | Julie Andrews | 1964 | English | | |
Gandhi | | Richard Attenborough | Ben Kingsley | 1982 | English | | |
The Sixth Sense | | M. Night Shyamalan | Bruce Willis | 1999 | English | | |
Die Hard | | John McTiernan | Bruce Willis | 1988 | English | | |
The Exorcist | | William Friedkin | | 1973 | English | | |
Sholay | | Ramesh Sippy | Amitabh Bachchan | 1975 | Hindi | | |
Pather Panchali | | Satyajit Ray | | 1955 | Bengali | | |
Dilwale Dulhania Le Jayenge | | Aditya Chopra | Shah Rukh Khan; Kajol | 1995 | Hindi | | |
Battleship Potemkin | | Sergei Eisenstein | | 1925 | | | |
Nosferatu | | F. W. Murnau | | 1922 | | | |
It's a Wonderful Life | | Frank Capra | James Stewart | 1946 | English | | |
The Hurt Locker | | Kathryn Bigelow | | 2008 | English | | |
Edward Scissorhands | | Tim Burton | Johnny Depp | 1990 | English | | |
The Grand Budapest Hotel | | Wes Anderson | | 2014 | English | | |
Lady Bird | | Greta Gerwig | | 2017 | English | | |
Do the Right Thing | | Spike Lee | Spike Lee | 1989 | English | | |
Platoon | | Oliver Stone | Charlie Sheen | 1986 | English | | |
A Beautiful Mind | | Ron Howard | Russell Crowe | 2001 | English | | |
American Beauty | | Sam Mendes | | 1999 | English | | |
Mulholland Drive | | David Lynch | | 2001 | English | | |
""")

# Television shows: label | class | creator | originalLanguage | releaseYear (first broadcast) | basedOn
BLOCKS.append("""
!class TelevisionShow
!cols label | class | creator | originalLanguage | releaseYear | basedOn
Breaking Bad | | Vince Gilligan | English | 2008 |
The Simpsons | AnimatedSeries | Matt Groening | English | 1989 |
Game of Thrones | | David Benioff; D. B. Weiss | English | 2011 | A Game of Thrones
The Sopranos | | David Chase | English | 1999 |
Friends | | David Crane; Marta Kauffman | English | 1994 |
Seinfeld | | Larry David; Jerry Seinfeld | English | 1989 |
The Wire | | David Simon | English | 2002 |
Twin Peaks | | David Lynch; Mark Frost | English | 1990 |
South Park | AnimatedSeries | Trey Parker; Matt Stone | English | 1997 |
Family Guy | AnimatedSeries | Seth MacFarlane | English | 1999 |
Stranger Things | | Matt Duffer; Ross Duffer | English | 2016 |
Sherlock | | Steven Moffat; Mark Gatiss | English | 2010 |
Star Trek: The Original Series | | Gene Roddenberry | English | 1966 |
The Twilight Zone | | Rod Serling | English | 1959 |
Mr. Bean | | Rowan Atkinson; Richard Curtis | English | 1990 |
Fawlty Towers | | John Cleese; Connie Booth | English | 1975 |
Mad Men | | Matthew Weiner | English | 2007 |
The Crown | | Peter Morgan | English | 2016 |
Squid Game | | Hwang Dong-hyuk | Korean | 2021 |
Money Heist | | Álex Pina | Spanish | 2017 |
""")

# ---------------------------------------------------------------------------
# Music: classical works, musicals, albums, songs
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | class | composer | releaseYear
Symphony No. 3 (Beethoven) | Symphony | Ludwig van Beethoven |
Symphony No. 5 (Beethoven) | Symphony | Ludwig van Beethoven |
Symphony No. 9 (Beethoven) | Symphony | Ludwig van Beethoven |
Moonlight Sonata | Sonata | Ludwig van Beethoven |
Für Elise {Fur_Elise} | ClassicalMusicComposition | Ludwig van Beethoven |
Symphony No. 40 (Mozart) | Symphony | Wolfgang Amadeus Mozart |
The Magic Flute | Opera | Wolfgang Amadeus Mozart | 1791
Don Giovanni | Opera | Wolfgang Amadeus Mozart | 1787
The Marriage of Figaro | Opera | Wolfgang Amadeus Mozart | 1786
Requiem (Mozart) | ClassicalMusicComposition | Wolfgang Amadeus Mozart |
Eine kleine Nachtmusik | ClassicalMusicComposition | Wolfgang Amadeus Mozart |
The Four Seasons | Concerto | Antonio Vivaldi |
Brandenburg Concertos | Concerto | Johann Sebastian Bach |
Mass in B minor | ClassicalMusicComposition | Johann Sebastian Bach |
The Well-Tempered Clavier | ClassicalMusicComposition | Johann Sebastian Bach |
Goldberg Variations | ClassicalMusicComposition | Johann Sebastian Bach |
Messiah (Handel) | Oratorio | George Frideric Handel | 1742
Water Music | ClassicalMusicComposition | George Frideric Handel |
Swan Lake | Ballet | Pyotr Ilyich Tchaikovsky |
The Nutcracker | Ballet | Pyotr Ilyich Tchaikovsky | 1892
1812 Overture | ClassicalMusicComposition | Pyotr Ilyich Tchaikovsky |
Der Ring des Nibelungen | Opera | Richard Wagner |
Tristan und Isolde | Opera | Richard Wagner |
La traviata | Opera | Giuseppe Verdi | 1853
Aida | Opera | Giuseppe Verdi | 1871
Rigoletto | Opera | Giuseppe Verdi | 1851
La bohème {La_boheme} | Opera | Giacomo Puccini | 1896
Madama Butterfly | Opera | Giacomo Puccini | 1904
Tosca | Opera | Giacomo Puccini | 1900
Turandot | Opera | Giacomo Puccini | 1926
Carmen | Opera | Georges Bizet | 1875
The Barber of Seville | Opera | Gioachino Rossini | 1816
Porgy and Bess | Opera | George Gershwin | 1935
Clair de lune | ClassicalMusicComposition | Claude Debussy |
Boléro {Bolero} | ClassicalMusicComposition | Maurice Ravel | 1928
The Rite of Spring | Ballet | Igor Stravinsky | 1913
The Firebird | Ballet | Igor Stravinsky | 1910
The Blue Danube | ClassicalMusicComposition | Johann Strauss II |
Rhapsody in Blue | ClassicalMusicComposition | George Gershwin | 1924
Symphony No. 9 (Dvořák) {Symphony_No_9_Dvorak} | Symphony | Antonín Dvořák |
Finlandia | ClassicalMusicComposition | Jean Sibelius |
Peter and the Wolf | ClassicalMusicComposition | Sergei Prokofiev | 1936
Symphonie fantastique | Symphony | Hector Berlioz | 1830
Piano Concerto No. 2 (Rachmaninoff) | Concerto | Sergei Rachmaninoff |
Hungarian Rhapsodies | ClassicalMusicComposition | Franz Liszt |
Symphony No. 5 (Mahler) | Symphony | Gustav Mahler |
Symphony No. 7 (Shostakovich) | Symphony | Dmitri Shostakovich |
4′33″ {Four_Minutes_Thirty_Three_Seconds} | ClassicalMusicComposition | John Cage | 1952
The Phantom of the Opera | Musical | Andrew Lloyd Webber | 1986
Cats | Musical | Andrew Lloyd Webber | 1981
Jesus Christ Superstar | Musical | Andrew Lloyd Webber |
Evita | Musical | Andrew Lloyd Webber |
Hamilton | Musical | Lin-Manuel Miranda | 2015
Mamma Mia! | Musical | Benny Andersson; Björn Ulvaeus | 1999
""")

BLOCKS.append("""
!class Album
!cols label | performer | releaseYear
Abbey Road | The Beatles | 1969
Sgt. Pepper's Lonely Hearts Club Band | The Beatles | 1967
Revolver | The Beatles | 1966
Let It Be | The Beatles | 1970
The Dark Side of the Moon | Pink Floyd | 1973
The Wall | Pink Floyd | 1979
Wish You Were Here | Pink Floyd | 1975
Led Zeppelin IV | Led Zeppelin | 1971
Physical Graffiti | Led Zeppelin | 1975
A Night at the Opera | Queen | 1975
Thriller | Michael Jackson | 1982
Bad | Michael Jackson | 1987
Off the Wall | Michael Jackson | 1979
Nevermind | Nirvana | 1991
Back in Black | AC/DC | 1980
Rumours | Fleetwood Mac | 1977
Hotel California | Eagles | 1976
OK Computer | Radiohead | 1997
The Joshua Tree | U2 | 1987
Born to Run | Bruce Springsteen | 1975
Born in the U.S.A. | Bruce Springsteen | 1984
Purple Rain | Prince | 1984
Kind of Blue | Miles Davis | 1959
A Love Supreme | John Coltrane | 1965
Pet Sounds | The Beach Boys | 1966
Highway 61 Revisited | Bob Dylan | 1965
Blonde on Blonde | Bob Dylan | 1966
Blood on the Tracks | Bob Dylan | 1975
Exile on Main St. | The Rolling Stones | 1972
Appetite for Destruction | Guns N' Roses | 1987
Master of Puppets | Metallica | 1986
Paranoid | Black Sabbath | 1970
The Velvet Underground & Nico | The Velvet Underground | 1967
What's Going On | Marvin Gaye | 1971
Songs in the Key of Life | Stevie Wonder | 1976
Lemonade | Beyoncé | 2016
Folklore | Taylor Swift | 2020
The Marshall Mathers LP | Eminem | 2000
The Chronic | Dr. Dre | 1992
Illmatic | Nas | 1994
My Beautiful Dark Twisted Fantasy | Kanye West | 2010
To Pimp a Butterfly | Kendrick Lamar | 2015
Random Access Memories | Daft Punk | 2013
The Rise and Fall of Ziggy Stardust and the Spiders from Mars | David Bowie | 1972
Arrival | ABBA | 1976
(What's the Story) Morning Glory? | Oasis | 1995
Parachutes | Coldplay | 2000
Whatever People Say I Am, That's What I'm Not | Arctic Monkeys | 2006
Dookie | Green Day | 1994
Hybrid Theory | Linkin Park | 2000
Back to Black | Amy Winehouse | 2006
Bridge over Troubled Water | Simon & Garfunkel | 1970
London Calling | The Clash | 1979
Never Mind the Bollocks, Here's the Sex Pistols | Sex Pistols | 1977
The Man-Machine | Kraftwerk | 1978
Autobahn | Kraftwerk | 1974
Mutter | Rammstein | 2001
Map of the Soul: 7 | BTS | 2020
Are You Experienced | The Jimi Hendrix Experience | 1967
Electric Ladyland | The Jimi Hendrix Experience | 1968
Exodus | Bob Marley and the Wailers | 1977
""")

BLOCKS.append("""
!class Song
!cols label | performer | composer | releaseYear
Yesterday | The Beatles | Paul McCartney | 1965
Hey Jude | The Beatles | Paul McCartney | 1968
Here Comes the Sun | The Beatles | George Harrison | 1969
Strawberry Fields Forever | The Beatles | John Lennon | 1967
Imagine | John Lennon | John Lennon | 1971
Bohemian Rhapsody | Queen | Freddie Mercury | 1975
We Will Rock You | Queen | Brian May | 1977
Don't Stop Me Now | Queen | Freddie Mercury |
Stairway to Heaven | Led Zeppelin | Jimmy Page; Robert Plant | 1971
(I Can't Get No) Satisfaction | The Rolling Stones | Mick Jagger; Keith Richards | 1965
Paint It Black | The Rolling Stones | Mick Jagger; Keith Richards | 1966
Like a Rolling Stone | Bob Dylan | Bob Dylan | 1965
Blowin' in the Wind | Bob Dylan | Bob Dylan | 1963
Smells Like Teen Spirit | Nirvana | | 1991
Billie Jean | Michael Jackson | Michael Jackson |
Beat It | Michael Jackson | Michael Jackson |
Like a Prayer | Madonna | | 1989
Like a Virgin | Madonna | | 1984
Johnny B. Goode | Chuck Berry | Chuck Berry | 1958
Heartbreak Hotel | Elvis Presley | | 1956
Jailhouse Rock | Elvis Presley | | 1957
Hound Dog | Elvis Presley | | 1956
What a Wonderful World | Louis Armstrong | | 1967
Respect | Aretha Franklin; Otis Redding | Otis Redding |
Sweet Child o' Mine | Guns N' Roses | |
Wonderwall | Oasis | Noel Gallagher | 1995
Dancing Queen | ABBA | Benny Andersson; Björn Ulvaeus | 1976
Enter Sandman | Metallica | |
Space Oddity | David Bowie | David Bowie | 1969
Rolling in the Deep | Adele | |
Shape of You | Ed Sheeran | Ed Sheeran | 2017
Bad Romance | Lady Gaga | | 2009
Crazy in Love | Beyoncé | | 2003
Single Ladies (Put a Ring on It) | Beyoncé | | 2008
Shake It Off | Taylor Swift | | 2014
Lose Yourself | Eminem | | 2002
Umbrella | Rihanna | | 2007
Gangnam Style | Psy | | 2012
Despacito | Luis Fonsi | | 2017
My Heart Will Go On | Celine Dion | James Horner | 1997
I Will Always Love You | Dolly Parton; Whitney Houston | Dolly Parton |
Hallelujah | Leonard Cohen | Leonard Cohen | 1984
Take On Me | A-ha | |
La Vie en rose | Édith Piaf | |
My Way | Frank Sinatra | | 1969
Dynamite | BTS | | 2020
Smoke on the Water | Deep Purple | |
Another Brick in the Wall | Pink Floyd | Roger Waters |
Comfortably Numb | Pink Floyd | David Gilmour; Roger Waters |
Every Breath You Take | The Police | Sting | 1983
With or Without You | U2 | |
Livin' on a Prayer | Bon Jovi | |
Purple Haze | The Jimi Hendrix Experience | Jimi Hendrix | 1967
No Woman, No Cry | Bob Marley and the Wailers | |
Redemption Song | Bob Marley | Bob Marley | 1980
""")

# ---------------------------------------------------------------------------
# Artworks: label | class | painter | museum | releaseYear (year completed)
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | class | painter | museum | releaseYear
Mona Lisa | Portrait | Leonardo da Vinci | Louvre |
The Last Supper | Painting | Leonardo da Vinci | |
Lady with an Ermine | Portrait | Leonardo da Vinci | Czartoryski Museum |
Ginevra de' Benci | Portrait | Leonardo da Vinci | National Gallery of Art |
The Starry Night | Painting | Vincent van Gogh | Museum of Modern Art | 1889
Self-Portrait with Bandaged Ear | Portrait | Vincent van Gogh | Courtauld Gallery | 1889
The Potato Eaters | Painting | Vincent van Gogh | Van Gogh Museum | 1885
Café Terrace at Night {Cafe_Terrace_at_Night} | Painting | Vincent van Gogh | Kröller-Müller Museum | 1888
Starry Night Over the Rhône {Starry_Night_Over_the_Rhone} | Painting | Vincent van Gogh | Musée d'Orsay | 1888
Guernica | Painting | Pablo Picasso | Museo Reina Sofía | 1937
Les Demoiselles d'Avignon | Painting | Pablo Picasso | Museum of Modern Art | 1907
The Old Guitarist | Painting | Pablo Picasso | Art Institute of Chicago |
The Persistence of Memory | Painting | Salvador Dalí | Museum of Modern Art | 1931
The Scream | Painting | Edvard Munch | | 1893
The Night Watch | Painting | Rembrandt | Rijksmuseum | 1642
The Anatomy Lesson of Dr. Nicolaes Tulp | Painting | Rembrandt | Mauritshuis | 1632
Girl with a Pearl Earring | Painting | Johannes Vermeer | Mauritshuis |
The Milkmaid | Painting | Johannes Vermeer | Rijksmuseum |
View of Delft | Painting | Johannes Vermeer | Mauritshuis |
The Birth of Venus | Painting | Sandro Botticelli | Uffizi |
Primavera | Painting | Sandro Botticelli | Uffizi |
Venus of Urbino | Painting | Titian | Uffizi | 1538
The Creation of Adam | Fresco | Michelangelo | |
The School of Athens | Fresco | Raphael | |
Sistine Madonna | Painting | Raphael | Gemäldegalerie Alte Meister |
Las Meninas | Painting | Diego Velázquez | Museo del Prado | 1656
The Garden of Earthly Delights | Painting | Hieronymus Bosch | Museo del Prado |
The Third of May 1808 | Painting | Francisco Goya | Museo del Prado | 1814
Saturn Devouring His Son | Painting | Francisco Goya | Museo del Prado |
The Kiss | Painting | Gustav Klimt | Belvedere, Vienna |
Portrait of Adele Bloch-Bauer I | Portrait | Gustav Klimt | Neue Galerie New York | 1907
American Gothic | Painting | Grant Wood | Art Institute of Chicago | 1930
Nighthawks | Painting | Edward Hopper | Art Institute of Chicago | 1942
A Sunday Afternoon on the Island of La Grande Jatte | Painting | Georges Seurat | Art Institute of Chicago |
Liberty Leading the People | Painting | Eugène Delacroix | Louvre | 1830
The Raft of the Medusa | Painting | Théodore Géricault | Louvre |
Impression, Sunrise | Painting | Claude Monet | Musée Marmottan Monet | 1872
Wanderer above the Sea of Fog | Painting | Caspar David Friedrich | Hamburger Kunsthalle |
The Hay Wain | Painting | John Constable | National Gallery | 1821
The Fighting Temeraire | Painting | J. M. W. Turner | National Gallery |
Arnolfini Portrait | Portrait | Jan van Eyck | National Gallery | 1434
The Ambassadors | Portrait | Hans Holbein the Younger | National Gallery | 1533
Luncheon on the Grass | Painting | Édouard Manet | Musée d'Orsay |
Olympia | Painting | Édouard Manet | Musée d'Orsay |
Whistler's Mother | Portrait | James McNeill Whistler | Musée d'Orsay | 1871
The Gleaners | Painting | Jean-François Millet | Musée d'Orsay | 1857
Bal du moulin de la Galette | Painting | Pierre-Auguste Renoir | Musée d'Orsay | 1876
Christina's World | Painting | Andrew Wyeth | Museum of Modern Art | 1948
Campbell's Soup Cans | Painting | Andy Warhol | Museum of Modern Art | 1962
The Treachery of Images | Painting | René Magritte | Los Angeles County Museum of Art |
The Two Fridas | Painting | Frida Kahlo | Museo de Arte Moderno | 1939
Black Square | Painting | Kazimir Malevich | Tretyakov Gallery | 1915
The Hunters in the Snow | Painting | Pieter Bruegel the Elder | Kunsthistorisches Museum | 1565
The Swing | Painting | Jean-Honoré Fragonard | Wallace Collection |
Composition VIII | Painting | Wassily Kandinsky | Solomon R. Guggenheim Museum | 1923
""")
BLOCKS.append("""
!cols label | class | artist
The Great Wave off Kanagawa | Artwork | Katsushika Hokusai
""")
BLOCKS.append("""
!class Sculpture
!cols label | sculptor | museum
David (Michelangelo) | Michelangelo | Galleria dell'Accademia |
Pietà {Pieta} | Michelangelo | |
David (Donatello) | Donatello | Bargello |
The Thinker | Auguste Rodin | |
Apollo and Daphne | Gian Lorenzo Bernini | Galleria Borghese |
Statue of Liberty | Frédéric Auguste Bartholdi | |
Christ the Redeemer | Paul Landowski | |
Bird in Space | Constantin Brâncuși | |
Balloon Dog | Jeff Koons | |
Cloud Gate | Anish Kapoor | |
Angel of the North | Antony Gormley | |
Venus de Milo | | Louvre |
Winged Victory of Samothrace | | Louvre |
Bust of Nefertiti | | Neues Museum |
""")

# ---------------------------------------------------------------------------
# Software, video games, websites, programming languages
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | class | developer | releaseYear
Super Mario Bros. | VideoGame | Nintendo | 1985
The Legend of Zelda | VideoGame | Nintendo | 1986
Super Mario 64 | VideoGame | Nintendo | 1996
The Legend of Zelda: Breath of the Wild | VideoGame | Nintendo | 2017
Minecraft | VideoGame | Mojang Studios; Markus Persson |
Tetris | VideoGame | Alexey Pajitnov | 1984
Pac-Man | VideoGame | Namco | 1980
Space Invaders | VideoGame | Taito | 1978
Street Fighter II | VideoGame | Capcom | 1991
Grand Theft Auto V | VideoGame | Rockstar North | 2013
Red Dead Redemption 2 | VideoGame | Rockstar Games | 2018
Fortnite | VideoGame | Epic Games | 2017
The Sims | VideoGame | Maxis | 2000
World of Warcraft | VideoGame | Blizzard Entertainment | 2004
StarCraft | VideoGame | Blizzard Entertainment | 1998
Pokémon Red and Blue {Pokemon_Red_and_Blue} | VideoGame | Game Freak | 1996
Half-Life | VideoGame | Valve Corporation | 1998
Half-Life 2 | VideoGame | Valve Corporation | 2004
Portal | VideoGame | Valve Corporation | 2007
Doom (1993 video game) | VideoGame | id Software | 1993
Halo: Combat Evolved | VideoGame | Bungie | 2001
The Elder Scrolls V: Skyrim | VideoGame | Bethesda Game Studios | 2011
Among Us | VideoGame | Innersloth | 2018
Angry Birds | VideoGame | Rovio Entertainment | 2009
Microsoft Windows | OperatingSystem | Microsoft | 1985
macOS | OperatingSystem | Apple Inc. |
Linux | OperatingSystem | Linus Torvalds | 1991
Android | OperatingSystem | Google | 2008
iOS | OperatingSystem | Apple Inc. | 2007
Unix | OperatingSystem | Ken Thompson; Dennis Ritchie |
Google Chrome | WebBrowser | Google | 2008
Mozilla Firefox | WebBrowser | Mozilla Foundation | 2004
Safari | WebBrowser | Apple Inc. | 2003
Microsoft Office | Software | Microsoft |
Adobe Photoshop | Software | Adobe Inc. | 1990
""")
BLOCKS.append("""
!class Website
!cols label | creator | releaseYear
Wikipedia | Jimmy Wales; Larry Sanger | 2001
Facebook | Mark Zuckerberg | 2004
Google Search | Google |
""")

# ---------------------------------------------------------------------------
# Organisations
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | class | foundedBy | headquarter | foundingYear | parentCompany
Apple Inc. | TechnologyCompany | Steve Jobs; Steve Wozniak; Ronald Wayne | Cupertino, California | 1976 |
Microsoft | SoftwareCompany | Bill Gates; Paul Allen | Redmond, Washington | 1975 |
Google | InternetCompany | Larry Page; Sergey Brin | Mountain View, California | 1998 | Alphabet Inc.
Alphabet Inc. | Conglomerate | Larry Page; Sergey Brin | Mountain View, California | 2015 |
Amazon | InternetCompany | Jeff Bezos | Seattle | 1994 |
Meta Platforms | InternetCompany | Mark Zuckerberg | Menlo Park, California | 2004 |
Instagram | InternetCompany | Kevin Systrom; Mike Krieger | | 2010 | Meta Platforms
WhatsApp | InternetCompany | Jan Koum; Brian Acton | | 2009 | Meta Platforms
YouTube | InternetCompany | Chad Hurley; Steve Chen; Jawed Karim | San Bruno, California | 2005 | Google
LinkedIn | InternetCompany | Reid Hoffman | | 2002 | Microsoft
Tesla, Inc. | AutomobileManufacturer | Martin Eberhard; Marc Tarpenning | Austin, Texas | 2003 |
SpaceX | AerospaceManufacturer | Elon Musk | | 2002 |
Nvidia | SemiconductorCompany | Jensen Huang | Santa Clara, California | 1993 |
Intel | SemiconductorCompany | Gordon Moore; Robert Noyce | Santa Clara, California | 1968 |
TSMC | SemiconductorCompany | Morris Chang | Hsinchu | 1987 |
IBM | TechnologyCompany | | Armonk, New York | 1911 |
Oracle Corporation | SoftwareCompany | Larry Ellison | Austin, Texas | 1977 |
Netflix | MediaCompany | Reed Hastings; Marc Randolph | Los Gatos, California | 1997 |
Samsung | Conglomerate | Lee Byung-chul | Seoul | 1938 |
Sony | ElectronicsCompany | Masaru Ibuka; Akio Morita | Tokyo | 1946 |
Nintendo | VideoGameDeveloper | Fusajiro Yamauchi | Kyoto | 1889 |
Toyota | AutomobileManufacturer | Kiichiro Toyoda | Toyota, Aichi | 1937 |
Honda | AutomobileManufacturer | Soichiro Honda | Tokyo | 1948 |
Volkswagen Group | AutomobileManufacturer | | Wolfsburg | 1937 |
BMW | AutomobileManufacturer | | Munich | 1916 |
Mercedes-Benz Group | AutomobileManufacturer | | Stuttgart | |
Porsche | AutomobileManufacturer | Ferdinand Porsche | Stuttgart | 1931 | Volkswagen Group
Audi | AutomobileManufacturer | | Ingolstadt | | Volkswagen Group
Lamborghini | AutomobileManufacturer | Ferruccio Lamborghini | Sant'Agata Bolognese | 1963 | Audi
Ferrari | AutomobileManufacturer | Enzo Ferrari | Maranello | |
Fiat | AutomobileManufacturer | Giovanni Agnelli | Turin | 1899 |
Renault | AutomobileManufacturer | Louis Renault | | 1899 |
Ford Motor Company | AutomobileManufacturer | Henry Ford | Dearborn, Michigan | 1903 |
General Motors | AutomobileManufacturer | William C. Durant | Detroit | 1908 |
Volvo Cars | AutomobileManufacturer | | Gothenburg | |
Harley-Davidson | Company | William S. Harley; Arthur Davidson | Milwaukee | 1903 |
Boeing | AerospaceManufacturer | William Boeing | | 1916 |
Airbus | AerospaceManufacturer | | | 1970 |
Harland and Wolff | Shipbuilder | | Belfast | 1861 |
IKEA | Retailer | Ingvar Kamprad | | 1943 |
H&M | Retailer | Erling Persson | Stockholm | 1947 |
Walmart | Retailer | Sam Walton | Bentonville, Arkansas | 1962 |
Spotify | InternetCompany | Daniel Ek; Martin Lorentzon | Stockholm | 2006 |
Nokia | TelecommunicationsCompany | Fredrik Idestam | Espoo | 1865 |
Ericsson | TelecommunicationsCompany | Lars Magnus Ericsson | Stockholm | 1876 |
Huawei | TelecommunicationsCompany | Ren Zhengfei | Shenzhen | 1987 |
Siemens | Conglomerate | Werner von Siemens | Munich | 1847 |
SAP | SoftwareCompany | Dietmar Hopp; Hasso Plattner | Walldorf | 1972 |
Adidas | SportswearCompany | Adolf Dassler | Herzogenaurach | 1949 |
Puma | SportswearCompany | Rudolf Dassler | Herzogenaurach | 1948 |
Nike | SportswearCompany | Phil Knight; Bill Bowerman | Beaverton, Oregon | 1964 |
The Coca-Cola Company | FoodCompany | Asa Griggs Candler | Atlanta | 1892 |
McDonald's | RestaurantChain | | Chicago | 1940 |
Starbucks | RestaurantChain | | Seattle | 1971 |
The Walt Disney Company | MediaCompany | Walt Disney; Roy O. Disney | Burbank, California | 1923 |
Pixar | AnimationStudio | Edwin Catmull; Steve Jobs | Emeryville, California | 1986 | The Walt Disney Company
Walt Disney Animation Studios | AnimationStudio | Walt Disney; Roy O. Disney | Burbank, California | 1923 | The Walt Disney Company
Lucasfilm | FilmStudio | George Lucas | | 1971 | The Walt Disney Company
Marvel Studios | FilmStudio | | Burbank, California | | The Walt Disney Company
Studio Ghibli | AnimationStudio | Hayao Miyazaki; Isao Takahata; Toshio Suzuki | Tokyo | 1985 |
DreamWorks Animation | AnimationStudio | | | |
Warner Bros. | FilmStudio | Harry Warner; Albert Warner; Sam Warner; Jack L. Warner | Burbank, California | 1923 |
Paramount Pictures | FilmStudio | | Los Angeles | 1912 |
Universal Pictures | FilmStudio | Carl Laemmle | | 1912 |
Mojang Studios | VideoGameDeveloper | Markus Persson | Stockholm | 2009 | Microsoft
Valve Corporation | VideoGameDeveloper | Gabe Newell; Mike Harrington | Bellevue, Washington | 1996 |
Epic Games | VideoGameDeveloper | Tim Sweeney | Cary, North Carolina | 1991 |
Blizzard Entertainment | VideoGameDeveloper | | Irvine, California | 1991 |
Rockstar Games | VideoGameDeveloper | | New York City | 1998 |
Rockstar North | VideoGameDeveloper | | Edinburgh | | Rockstar Games
Game Freak | VideoGameDeveloper | Satoshi Tajiri | Tokyo | 1989 |
Namco | VideoGameDeveloper | Masaya Nakamura | Tokyo | 1955 |
Maxis | VideoGameDeveloper | Will Wright | | 1987 | Electronic Arts
Electronic Arts | VideoGameDeveloper | Trip Hawkins | Redwood City, California | 1982 |
id Software | VideoGameDeveloper | John Carmack; John Romero | | 1991 |
Bungie | VideoGameDeveloper | | Bellevue, Washington | 1991 |
Capcom | VideoGameDeveloper | | Osaka | 1979 |
Taito | VideoGameDeveloper | | Tokyo | 1953 |
Bethesda Game Studios | VideoGameDeveloper | | | 2001 |
Innersloth | VideoGameDeveloper | | | 2015 |
Rovio Entertainment | VideoGameDeveloper | | Espoo | 2003 |
JetBrains | SoftwareCompany | | | 2000 |
Adobe Inc. | SoftwareCompany | John Warnock; Charles Geschke | San Jose, California | 1982 |
Dell Technologies | TechnologyCompany | Michael Dell | Round Rock, Texas | 1984 |
Hewlett-Packard | TechnologyCompany | Bill Hewlett; David Packard | Palo Alto, California | 1939 |
Uber | InternetCompany | Travis Kalanick; Garrett Camp | San Francisco | 2009 |
Airbnb | InternetCompany | Brian Chesky; Joe Gebbia; Nathan Blecharczyk | San Francisco | 2008 |
Alibaba Group | InternetCompany | Jack Ma | Hangzhou | 1999 |
Tencent | InternetCompany | Ma Huateng | Shenzhen | 1998 |
Baidu | InternetCompany | Robin Li | Beijing | 2000 |
Infosys | TechnologyCompany | N. R. Narayana Murthy | Bangalore | 1981 |
Tata Group | Conglomerate | Jamsetji Tata | Mumbai | 1868 |
Reliance Industries | Conglomerate | Dhirubhai Ambani | Mumbai | |
Berkshire Hathaway | Conglomerate | | Omaha, Nebraska | |
Standard Oil | Company | John D. Rockefeller | | 1870 |
Goldman Sachs | Bank | Marcus Goldman | New York City | 1869 |
JPMorgan Chase | Bank | | New York City | |
HSBC | Bank | | London | 1865 |
Deutsche Bank | Bank | | Frankfurt | 1870 |
Barclays | Bank | | London | |
UBS | Bank | | Zurich | |
BNP Paribas | Bank | | Paris | |
Banco Santander | Bank | | | 1857 |
Lufthansa | Airline | | Cologne | |
Emirates | Airline | | Dubai | 1985 |
British Airways | Airline | | London | 1974 |
Qantas | Airline | | Sydney | 1920 |
Delta Air Lines | Airline | | Atlanta | |
American Airlines | Airline | | Fort Worth, Texas | |
United Airlines | Airline | | Chicago | |
Singapore Airlines | Airline | | | |
Turkish Airlines | Airline | | Istanbul | 1933 |
Chanel | FashionHouse | Coco Chanel | | 1910 |
Gucci | FashionHouse | Guccio Gucci | Florence | 1921 | Kering
LVMH | Conglomerate | | Paris | 1987 |
Kering | Conglomerate | François Pinault | Paris | 1963 |
Prada | FashionHouse | | Milan | 1913 |
Hermès {Hermes} | FashionHouse | Thierry Hermès | Paris | 1837 |
Versace | FashionHouse | Gianni Versace | Milan | 1978 |
Dior | FashionHouse | Christian Dior | Paris | 1946 |
Rolex | Company | Hans Wilsdorf | Geneva | 1905 |
Nestlé {Nestle} | FoodCompany | Henri Nestlé | Vevey | 1866 |
Heineken | Brewery | Gerard Adriaan Heineken | Amsterdam | 1864 |
Carlsberg | Brewery | J. C. Jacobsen | Copenhagen | 1847 |
Ferrero | FoodCompany | Pietro Ferrero | | 1946 |
Lego | ToyCompany | Ole Kirk Christiansen | | 1932 |
Penguin Books | Publisher | Allen Lane | London | 1935 |
Random House | Publisher | Bennett Cerf; Donald Klopfer | New York City | 1927 |
Bloomsbury Publishing | Publisher | | London | 1986 |
Springer | Publisher | Julius Springer | Berlin | 1842 |
Motown | RecordLabel | Berry Gordy | | 1959 |
Def Jam Recordings | RecordLabel | Rick Rubin; Russell Simmons | | 1984 |
Sun Records | RecordLabel | Sam Phillips | Memphis, Tennessee | 1952 |
Atlantic Records | RecordLabel | Ahmet Ertegun | | 1947 |
Apple Corps | MediaCompany | The Beatles | London | 1968 |
""")
BLOCKS.append("""
!cols label | basedIn
Singapore Airlines | Singapore
""")

BLOCKS.append("""
!cols label | class | basedIn | foundedBy | foundingYear
OpenAI | Organisation | San Francisco | Sam Altman; Elon Musk; Ilya Sutskever | 2015
Mozilla Foundation | NonProfitOrganisation | | | 2003
Amnesty International | NonProfitOrganisation | London | Peter Benenson | 1961
Médecins Sans Frontières {Medecins_Sans_Frontieres} | NonProfitOrganisation | Geneva | | 1971
Greenpeace | NonProfitOrganisation | Amsterdam | | 1971
World Wide Fund for Nature | NonProfitOrganisation | Switzerland | | 1961
Wikimedia Foundation | NonProfitOrganisation | San Francisco | Jimmy Wales | 2003
Bill & Melinda Gates Foundation | NonProfitOrganisation | Seattle | Bill Gates | 2000
United Nations | InternationalOrganisation | New York City | | 1945
NATO | InternationalOrganisation | Brussels | | 1949
European Union | InternationalOrganisation | | | 1993
World Health Organization | InternationalOrganisation | Geneva | | 1948
UNESCO | InternationalOrganisation | Paris | | 1945
International Olympic Committee | InternationalOrganisation | Lausanne | Pierre de Coubertin | 1894
FIFA | InternationalOrganisation | Zurich | | 1904
UEFA | InternationalOrganisation | Switzerland | | 1954
International Committee of the Red Cross | NonProfitOrganisation | Geneva | Henry Dunant | 1863
World Trade Organization | InternationalOrganisation | Geneva | | 1995
International Monetary Fund | InternationalOrganisation | Washington, D.C. | |
World Bank | InternationalOrganisation | Washington, D.C. | |
OPEC | InternationalOrganisation | Vienna | | 1960
Interpol | InternationalOrganisation | Lyon | | 1923
CERN | InternationalOrganisation | Switzerland | | 1954
European Space Agency | InternationalOrganisation | Paris | | 1975
African Union | InternationalOrganisation | Addis Ababa | | 2002
ASEAN | InternationalOrganisation | Jakarta | | 1967
Arab League | InternationalOrganisation | Cairo | | 1945
Commonwealth of Nations | InternationalOrganisation | London | |
Mercosur | InternationalOrganisation | Montevideo | | 1991
G7 | InternationalOrganisation | | |
NASA | SpaceAgency | Washington, D.C. | | 1958
Roscosmos | SpaceAgency | Moscow | |
JAXA | SpaceAgency | Tokyo | | 2003
Indian Space Research Organisation | SpaceAgency | Bangalore | | 1969
China National Space Administration | SpaceAgency | Beijing | | 1993
Federal Bureau of Investigation | GovernmentAgency | Washington, D.C. | | 1908
Central Intelligence Agency | GovernmentAgency | Virginia | | 1947
BBC | Broadcaster | London | | 1922
CNN | Broadcaster | Atlanta | Ted Turner | 1980
NHK | Broadcaster | Tokyo | |
Al Jazeera | Broadcaster | Doha | | 1996
Catholic Church | ReligiousOrganisation | Vatican City | |
The Church of Jesus Christ of Latter-day Saints | ReligiousOrganisation | Salt Lake City | Joseph Smith | 1830
Harvard University | University | Cambridge, Massachusetts | | 1636
Massachusetts Institute of Technology | University | Cambridge, Massachusetts | William Barton Rogers | 1861
Stanford University | University | California | Leland Stanford | 1885
Yale University | University | New Haven, Connecticut | | 1701
Princeton University | University | Princeton, New Jersey | | 1746
Columbia University | University | New York City | | 1754
University of Chicago | University | Chicago | John D. Rockefeller | 1890
University of California, Berkeley | University | Berkeley, California | | 1868
University of Pennsylvania | University | Philadelphia | Benjamin Franklin | 1740
California Institute of Technology | University | Pasadena, California | | 1891
Cornell University | University | Ithaca, New York | Ezra Cornell; Andrew Dickson White | 1865
Brown University | University | Providence, Rhode Island | | 1764
Georgetown University | University | Washington, D.C. | | 1789
Boston University | University | Boston | | 1839
University of Virginia | University | Charlottesville, Virginia | Thomas Jefferson | 1819
Juilliard School | EducationalInstitution | New York City | | 1905
University of Oxford | University | Oxford | |
University of Cambridge | University | Cambridge | | 1209
Imperial College London | University | London | | 1907
London School of Economics | University | London | | 1895
University of Edinburgh | University | Edinburgh | | 1582
University of Glasgow | University | Glasgow | | 1451
Trinity College Dublin | University | Dublin | | 1592
ETH Zurich | University | Zurich | | 1855
University of Paris | University | Paris | |
Humboldt University of Berlin | University | Berlin | Wilhelm von Humboldt | 1810
Heidelberg University | University | Heidelberg | | 1386
Leipzig University | University | Leipzig | | 1409
Ludwig Maximilian University of Munich | University | Munich | | 1472
University of Bonn | University | Bonn | | 1818
University of Göttingen {University_of_Gottingen} | University | Göttingen | | 1734
University of Vienna | University | Vienna | | 1365
Charles University | University | Prague | Charles IV, Holy Roman Emperor | 1348
Jagiellonian University | University | Kraków | | 1364
University of Copenhagen | University | Copenhagen | | 1479
Uppsala University | University | Uppsala | | 1477
Leiden University | University | Leiden | | 1575
University of Bologna | University | Bologna | | 1088
University of Salamanca | University | Salamanca | | 1218
Moscow State University | University | Moscow | | 1755
Saint Petersburg State University | University | Saint Petersburg | | 1724
University of Tokyo | University | Tokyo | | 1877
Kyoto University | University | Kyoto | | 1897
Peking University | University | Beijing | | 1898
Tsinghua University | University | Beijing | | 1911
Seoul National University | University | Seoul | | 1946
National University of Singapore | University | Singapore | | 1905
Indian Institute of Science | University | Bangalore | Jamsetji Tata | 1909
University of Toronto | University | Toronto | | 1827
McGill University | University | Montreal | | 1821
University of Sydney | University | Sydney | | 1850
University of Melbourne | University | Melbourne | | 1853
University of Buenos Aires | University | Buenos Aires | | 1821
University of Cape Town | University | Cape Town | | 1829
Al-Azhar University | University | Cairo | |
Democratic Party (United States) | PoliticalParty | | | 1828
Republican Party (United States) | PoliticalParty | | | 1854
Conservative Party (UK) | PoliticalParty | | | 1834
Labour Party (UK) | PoliticalParty | | | 1900
Christian Democratic Union of Germany | PoliticalParty | | | 1945
Social Democratic Party of Germany | PoliticalParty | | | 1863
Nazi Party | PoliticalParty | | | 1920
National Fascist Party | PoliticalParty | | Benito Mussolini | 1921
Indian National Congress | PoliticalParty | | Allan Octavian Hume | 1885
Bharatiya Janata Party | PoliticalParty | | | 1980
African National Congress | PoliticalParty | | | 1912
Chinese Communist Party | PoliticalParty | | | 1921
Liberal Party of Canada | PoliticalParty | | | 1867
Pakistan Peoples Party | PoliticalParty | | Zulfikar Ali Bhutto | 1967
Workers' Party (Brazil) | PoliticalParty | | Luiz Inácio Lula da Silva | 1980
""")

BLOCKS.append("""
!cols label | party
Abraham Lincoln | Republican Party (United States)
Ulysses S. Grant | Republican Party (United States)
Theodore Roosevelt | Republican Party (United States)
William Howard Taft | Republican Party (United States)
Dwight D. Eisenhower | Republican Party (United States)
Richard Nixon | Republican Party (United States)
Gerald Ford | Republican Party (United States)
Ronald Reagan | Republican Party (United States); Democratic Party (United States)
George H. W. Bush | Republican Party (United States)
George W. Bush | Republican Party (United States)
Jeb Bush | Republican Party (United States)
Donald Trump | Republican Party (United States)
Arnold Schwarzenegger | Republican Party (United States)
Andrew Jackson | Democratic Party (United States)
Woodrow Wilson | Democratic Party (United States)
Franklin D. Roosevelt | Democratic Party (United States)
Harry S. Truman | Democratic Party (United States)
John F. Kennedy | Democratic Party (United States)
Robert F. Kennedy | Democratic Party (United States)
Ted Kennedy | Democratic Party (United States)
Lyndon B. Johnson | Democratic Party (United States)
Jimmy Carter | Democratic Party (United States)
Bill Clinton | Democratic Party (United States)
Hillary Clinton | Democratic Party (United States)
Al Gore | Democratic Party (United States)
Barack Obama | Democratic Party (United States)
Joe Biden | Democratic Party (United States)
Winston Churchill | Conservative Party (UK)
Neville Chamberlain | Conservative Party (UK)
Edward Heath | Conservative Party (UK)
Margaret Thatcher | Conservative Party (UK)
John Major | Conservative Party (UK)
David Cameron | Conservative Party (UK)
Theresa May | Conservative Party (UK)
Boris Johnson | Conservative Party (UK)
Liz Truss | Conservative Party (UK)
Rishi Sunak | Conservative Party (UK)
Clement Attlee | Labour Party (UK)
Harold Wilson | Labour Party (UK)
Tony Blair | Labour Party (UK)
Gordon Brown | Labour Party (UK)
Konrad Adenauer | Christian Democratic Union of Germany
Helmut Kohl | Christian Democratic Union of Germany
Angela Merkel | Christian Democratic Union of Germany
Willy Brandt | Social Democratic Party of Germany
Helmut Schmidt | Social Democratic Party of Germany
Gerhard Schröder | Social Democratic Party of Germany
Olaf Scholz | Social Democratic Party of Germany
Adolf Hitler | Nazi Party
Benito Mussolini | National Fascist Party
Mahatma Gandhi | Indian National Congress
Jawaharlal Nehru | Indian National Congress
Indira Gandhi | Indian National Congress
Rajiv Gandhi | Indian National Congress
Narendra Modi | Bharatiya Janata Party
Nelson Mandela | African National Congress
Winnie Madikizela-Mandela | African National Congress
Mao Zedong | Chinese Communist Party
Deng Xiaoping | Chinese Communist Party
Xi Jinping | Chinese Communist Party
Justin Trudeau | Liberal Party of Canada
Pierre Trudeau | Liberal Party of Canada
Benazir Bhutto | Pakistan Peoples Party
Zulfikar Ali Bhutto | Pakistan Peoples Party
Luiz Inácio Lula da Silva | Workers' Party (Brazil)
""")

# ---------------------------------------------------------------------------
# Sports: sports, leagues, teams, players' teams
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | class
association football | TeamSport
basketball | TeamSport
American football | TeamSport
baseball | TeamSport
ice hockey | TeamSport
cricket | TeamSport
rugby union | TeamSport
volleyball | TeamSport
handball | TeamSport
water polo | TeamSport
tennis | RacketSport
badminton | RacketSport
table tennis | RacketSport
squash | RacketSport
boxing | CombatSport
judo | CombatSport
fencing | CombatSport
karate | CombatSport
sumo | CombatSport
wrestling | CombatSport
golf | Sport
swimming | Sport
cycling | Sport
gymnastics | Sport
figure skating | Sport
alpine skiing | Sport
surfing | Sport
motorsport | Sport
""")

BLOCKS.append("""
!cols label | class | foundingYear
Premier League | SoccerLeague | 1992
La Liga | SoccerLeague | 1929
Serie A | SoccerLeague |
Bundesliga | SoccerLeague | 1963
Ligue 1 | SoccerLeague |
Eredivisie | SoccerLeague | 1956
Primeira Liga | SoccerLeague |
Scottish Premiership | SoccerLeague | 2013
Major League Soccer | SoccerLeague | 1993
Saudi Pro League | SoccerLeague |
National Basketball Association | BasketballLeague | 1946
National Football League | AmericanFootballLeague | 1920
Major League Baseball | BaseballLeague |
National Hockey League | IceHockeyLeague | 1917
""")

BLOCKS.append("""
!cols label | class | basedIn | ground | league | sport | foundingYear
Real Madrid | SoccerClub | Madrid | Santiago Bernabéu Stadium | La Liga | association football | 1902
FC Barcelona | SoccerClub | Barcelona | Camp Nou | La Liga | association football | 1899
Atlético Madrid {Atletico_Madrid} | SoccerClub | Madrid | Metropolitano Stadium | La Liga | association football | 1903
Sevilla FC | SoccerClub | Seville | | La Liga | association football | 1890
Bayern Munich | SoccerClub | Munich | Allianz Arena | Bundesliga | association football | 1900
Borussia Dortmund | SoccerClub | Dortmund | Westfalenstadion | Bundesliga | association football | 1909
Juventus | SoccerClub | Turin | Allianz Stadium | Serie A | association football | 1897
AC Milan | SoccerClub | Milan | San Siro | Serie A | association football | 1899
Inter Milan | SoccerClub | Milan | San Siro | Serie A | association football | 1908
Napoli | SoccerClub | Naples | Stadio Diego Armando Maradona | Serie A | association football | 1926
AS Roma | SoccerClub | Rome | Stadio Olimpico | Serie A | association football | 1927
S.S. Lazio | SoccerClub | Rome | Stadio Olimpico | Serie A | association football | 1900
Arsenal F.C. | SoccerClub | London | Emirates Stadium | Premier League | association football | 1886
Chelsea F.C. | SoccerClub | London | Stamford Bridge | Premier League | association football | 1905
Tottenham Hotspur | SoccerClub | London | Tottenham Hotspur Stadium | Premier League | association football | 1882
Liverpool F.C. | SoccerClub | Liverpool | Anfield | Premier League | association football | 1892
Everton F.C. | SoccerClub | Liverpool | | Premier League | association football | 1878
Manchester City | SoccerClub | Manchester | City of Manchester Stadium | Premier League | association football | 1880
Manchester United | SoccerClub | | Old Trafford | Premier League | association football | 1878
Paris Saint-Germain | SoccerClub | Paris | Parc des Princes | Ligue 1 | association football | 1970
Olympique de Marseille | SoccerClub | Marseille | Stade Vélodrome | Ligue 1 | association football | 1899
AFC Ajax | SoccerClub | Amsterdam | Johan Cruyff Arena | Eredivisie | association football | 1900
PSV Eindhoven | SoccerClub | Eindhoven | | Eredivisie | association football | 1913
SL Benfica | SoccerClub | Lisbon | Estádio da Luz | Primeira Liga | association football | 1904
FC Porto | SoccerClub | Porto | Estádio do Dragão | Primeira Liga | association football | 1893
Sporting CP | SoccerClub | Lisbon | Estádio José Alvalade | Primeira Liga | association football | 1906
Celtic F.C. | SoccerClub | Glasgow | Celtic Park | Scottish Premiership | association football | 1887
Rangers F.C. | SoccerClub | Glasgow | Ibrox Stadium | Scottish Premiership | association football | 1872
Boca Juniors | SoccerClub | Buenos Aires | La Bombonera | | association football | 1905
Club Atlético River Plate {River_Plate} | SoccerClub | Buenos Aires | | | association football | 1901
CR Flamengo | SoccerClub | Rio de Janeiro | Maracanã Stadium | | association football | 1895
Santos FC | SoccerClub | Santos, São Paulo | | | association football | 1912
Galatasaray S.K. | SoccerClub | Istanbul | | | association football | 1905
Inter Miami CF | SoccerClub | | | Major League Soccer | association football | 2018
LA Galaxy | SoccerClub | | | Major League Soccer | association football | 1994
Al-Nassr FC | SoccerClub | Riyadh | | Saudi Pro League | association football | 1955
Brazil national football team | NationalSoccerTeam | | | | association football |
Germany national football team | NationalSoccerTeam | | | | association football |
Italy national football team | NationalSoccerTeam | | | | association football |
Argentina national football team | NationalSoccerTeam | | | | association football |
France national football team | NationalSoccerTeam | | | | association football |
Uruguay national football team | NationalSoccerTeam | | | | association football |
England national football team | NationalSoccerTeam | | | | association football |
Spain national football team | NationalSoccerTeam | | | | association football |
Netherlands national football team | NationalSoccerTeam | | | | association football |
Portugal national football team | NationalSoccerTeam | | | | association football |
Los Angeles Lakers | BasketballTeam | Los Angeles | | National Basketball Association | basketball | 1947
Chicago Bulls | BasketballTeam | Chicago | United Center | National Basketball Association | basketball | 1966
Boston Celtics | BasketballTeam | Boston | TD Garden | National Basketball Association | basketball | 1946
Golden State Warriors | BasketballTeam | San Francisco | | National Basketball Association | basketball | 1946
Miami Heat | BasketballTeam | Miami | | National Basketball Association | basketball | 1988
New York Knicks | BasketballTeam | New York City | Madison Square Garden | National Basketball Association | basketball | 1946
Cleveland Cavaliers | BasketballTeam | Cleveland | | National Basketball Association | basketball | 1970
San Antonio Spurs | BasketballTeam | San Antonio | | National Basketball Association | basketball | 1967
Washington Wizards | BasketballTeam | Washington, D.C. | | National Basketball Association | basketball | 1961
Philadelphia 76ers | BasketballTeam | Philadelphia | | National Basketball Association | basketball | 1946
Milwaukee Bucks | BasketballTeam | Milwaukee | | National Basketball Association | basketball | 1968
Dallas Mavericks | BasketballTeam | Dallas | | National Basketball Association | basketball | 1980
Houston Rockets | BasketballTeam | Houston | | National Basketball Association | basketball | 1967
Denver Nuggets | BasketballTeam | Denver | | National Basketball Association | basketball | 1967
New England Patriots | AmericanFootballTeam | Massachusetts | | National Football League | American football | 1959
Dallas Cowboys | AmericanFootballTeam | Texas | | National Football League | American football | 1960
Green Bay Packers | AmericanFootballTeam | Green Bay, Wisconsin | Lambeau Field | National Football League | American football | 1919
Pittsburgh Steelers | AmericanFootballTeam | Pittsburgh | | National Football League | American football | 1933
Tampa Bay Buccaneers | AmericanFootballTeam | Tampa, Florida | | National Football League | American football | 1976
Denver Broncos | AmericanFootballTeam | Denver | | National Football League | American football | 1960
Indianapolis Colts | AmericanFootballTeam | Indianapolis | | National Football League | American football | 1953
New York Giants | AmericanFootballTeam | New Jersey | | National Football League | American football | 1925
San Francisco 49ers | AmericanFootballTeam | Santa Clara, California | | National Football League | American football | 1946
Kansas City Chiefs | AmericanFootballTeam | Kansas City, Missouri | | National Football League | American football | 1960
New York Yankees | BaseballTeam | New York City | Yankee Stadium | Major League Baseball | baseball | 1901
Boston Red Sox | BaseballTeam | Boston | Fenway Park | Major League Baseball | baseball | 1901
Los Angeles Dodgers | BaseballTeam | Los Angeles | Dodger Stadium | Major League Baseball | baseball | 1883
Chicago Cubs | BaseballTeam | Chicago | Wrigley Field | Major League Baseball | baseball | 1876
Los Angeles Angels | BaseballTeam | California | | Major League Baseball | baseball | 1961
Montreal Canadiens | IceHockeyTeam | Montreal | Bell Centre | National Hockey League | ice hockey | 1909
Toronto Maple Leafs | IceHockeyTeam | Toronto | Scotiabank Arena | National Hockey League | ice hockey | 1917
Edmonton Oilers | IceHockeyTeam | Edmonton | | National Hockey League | ice hockey | 1972
Los Angeles Kings | IceHockeyTeam | Los Angeles | | National Hockey League | ice hockey | 1967
Pittsburgh Penguins | IceHockeyTeam | Pittsburgh | | National Hockey League | ice hockey | 1967
Washington Capitals | IceHockeyTeam | Washington, D.C. | | National Hockey League | ice hockey | 1974
Scuderia Ferrari | FormulaOneTeam | Maranello | | | motorsport | 1929
McLaren | FormulaOneTeam | United Kingdom | | | motorsport | 1963
Red Bull Racing | FormulaOneTeam | United Kingdom | | | motorsport | 2005
Mercedes-AMG Petronas F1 Team | FormulaOneTeam | United Kingdom | | | motorsport |
""")

BLOCKS.append("""
!cols label | team
Lionel Messi | FC Barcelona; Paris Saint-Germain; Inter Miami CF; Argentina national football team
Cristiano Ronaldo | Sporting CP; Manchester United; Real Madrid; Juventus; Al-Nassr FC; Portugal national football team
Pelé | Santos FC; Brazil national football team
Diego Maradona | Boca Juniors; FC Barcelona; Napoli; Sevilla FC; Argentina national football team
Johan Cruyff | AFC Ajax; FC Barcelona; Netherlands national football team
Zinedine Zidane | Juventus; Real Madrid; France national football team
Franz Beckenbauer | Bayern Munich; Germany national football team
Thierry Henry | Arsenal F.C.; FC Barcelona; Juventus; France national football team
Ronaldinho | Paris Saint-Germain; FC Barcelona; AC Milan; CR Flamengo; Brazil national football team
Ronaldo Nazário | PSV Eindhoven; FC Barcelona; Inter Milan; Real Madrid; AC Milan; Brazil national football team
Kylian Mbappé | Paris Saint-Germain; France national football team
Neymar | Santos FC; FC Barcelona; Paris Saint-Germain; Brazil national football team
Mohamed Salah | Chelsea F.C.; AS Roma; Liverpool F.C.
Erling Haaland | Borussia Dortmund; Manchester City
Robert Lewandowski | Borussia Dortmund; Bayern Munich; FC Barcelona
Luka Modrić | Tottenham Hotspur; Real Madrid
David Beckham | Manchester United; Real Madrid; LA Galaxy; AC Milan; Paris Saint-Germain; England national football team
Wayne Rooney | Everton F.C.; Manchester United; England national football team
Steven Gerrard | Liverpool F.C.; LA Galaxy; England national football team
Zlatan Ibrahimović | AFC Ajax; Juventus; Inter Milan; FC Barcelona; AC Milan; Paris Saint-Germain; Manchester United; LA Galaxy
Andrea Pirlo | Inter Milan; AC Milan; Juventus; Italy national football team
Paolo Maldini | AC Milan; Italy national football team
Francesco Totti | AS Roma; Italy national football team
Gianluigi Buffon | Juventus; Paris Saint-Germain; Italy national football team
Andrés Iniesta | FC Barcelona; Spain national football team
Xavi | FC Barcelona; Spain national football team
Sergio Ramos | Sevilla FC; Real Madrid; Paris Saint-Germain; Spain national football team
Iker Casillas | Real Madrid; FC Porto; Spain national football team
Eusébio | SL Benfica; Portugal national football team
Alfredo Di Stéfano | Club Atlético River Plate; Real Madrid; Argentina national football team; Spain national football team
Ferenc Puskás | Real Madrid; Spain national football team
George Best | Manchester United
Bobby Charlton | Manchester United; England national football team
Gerd Müller | Bayern Munich; Germany national football team
Karim Benzema | Real Madrid; France national football team
Kevin De Bruyne | Chelsea F.C.; Manchester City
Harry Kane | Tottenham Hotspur; Bayern Munich; England national football team
Didier Drogba | Chelsea F.C.; Olympique de Marseille; Galatasaray S.K.
Samuel Eto'o | FC Barcelona; Inter Milan; Chelsea F.C.; Everton F.C.
Sadio Mané | Liverpool F.C.; Bayern Munich; Al-Nassr FC
Son Heung-min | Tottenham Hotspur
Michael Jordan | Chicago Bulls; Washington Wizards
LeBron James | Cleveland Cavaliers; Miami Heat; Los Angeles Lakers
Kobe Bryant | Los Angeles Lakers
Magic Johnson | Los Angeles Lakers
Larry Bird | Boston Celtics
Kareem Abdul-Jabbar | Milwaukee Bucks; Los Angeles Lakers
Shaquille O'Neal | Los Angeles Lakers; Miami Heat; Cleveland Cavaliers; Boston Celtics
Stephen Curry | Golden State Warriors
Tim Duncan | San Antonio Spurs
Dirk Nowitzki | Dallas Mavericks
Kevin Durant | Golden State Warriors
Wilt Chamberlain | Philadelphia 76ers; Los Angeles Lakers
Bill Russell | Boston Celtics
Giannis Antetokounmpo | Milwaukee Bucks
Nikola Jokić | Denver Nuggets
Yao Ming | Houston Rockets
Tom Brady | New England Patriots; Tampa Bay Buccaneers
Peyton Manning | Indianapolis Colts; Denver Broncos
Eli Manning | New York Giants
Joe Montana | San Francisco 49ers; Kansas City Chiefs
Jerry Rice | San Francisco 49ers
Patrick Mahomes | Kansas City Chiefs
Wayne Gretzky | Edmonton Oilers; Los Angeles Kings
Mario Lemieux | Pittsburgh Penguins
Sidney Crosby | Pittsburgh Penguins
Alexander Ovechkin | Washington Capitals
Babe Ruth | Boston Red Sox; New York Yankees
Joe DiMaggio | New York Yankees
Lou Gehrig | New York Yankees
Derek Jeter | New York Yankees
Shohei Ohtani | Los Angeles Angels
Michael Schumacher | Scuderia Ferrari; Mercedes-AMG Petronas F1 Team
Lewis Hamilton | McLaren; Mercedes-AMG Petronas F1 Team
Sebastian Vettel | Red Bull Racing; Scuderia Ferrari
Niki Lauda | Scuderia Ferrari; McLaren
Ayrton Senna | McLaren
Max Verstappen | Red Bull Racing
Fernando Alonso | Scuderia Ferrari; McLaren
Alain Prost | McLaren; Scuderia Ferrari
Juan Manuel Fangio | Scuderia Ferrari
""")

# ---------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | class | place | partOf | commander
World War I | War | | |
World War II | War | | | Dwight D. Eisenhower; Douglas MacArthur; George S. Patton; Bernard Montgomery; Erwin Rommel
American Civil War | War | United States | | Ulysses S. Grant; Robert E. Lee
American Revolutionary War | War | | | George Washington
Napoleonic Wars | War | Europe | | Napoleon; Arthur Wellesley, 1st Duke of Wellington; Horatio Nelson
Vietnam War | War | Vietnam | |
Korean War | War | Korean Peninsula | |
Hundred Years' War | War | France | |
Thirty Years' War | War | Europe | |
Wars of the Roses | War | England | |
Greco-Persian Wars | War | | |
Second Punic War | War | | | Hannibal
Peloponnesian War | War | Greece | |
Falklands War | War | Falkland Islands | |
Gulf War | War | Kuwait; Iraq | |
Spanish Civil War | War | Spain | | Francisco Franco
Russian Civil War | War | Russia | |
Iran–Iraq War {Iran_Iraq_War} | War | Iran; Iraq | |
Battle of Hastings | Battle | England | | William the Conqueror; Harold Godwinson
Battle of Waterloo | Battle | Belgium | Napoleonic Wars | Napoleon; Arthur Wellesley, 1st Duke of Wellington; Gebhard Leberecht von Blücher
Battle of Austerlitz | Battle | Czech Republic | Napoleonic Wars | Napoleon
Battle of Trafalgar | Battle | Atlantic Ocean | Napoleonic Wars | Horatio Nelson
Battle of Gettysburg | Battle | Pennsylvania | American Civil War | Robert E. Lee; George Meade
Battle of Bunker Hill | Battle | Massachusetts | American Revolutionary War |
Siege of Yorktown | Battle | Virginia | American Revolutionary War | George Washington
Battle of Thermopylae | Battle | Greece | Greco-Persian Wars | Leonidas I; Xerxes I
Battle of Marathon | Battle | Greece | Greco-Persian Wars |
Battle of Salamis | Battle | Greece | Greco-Persian Wars |
Battle of Gaugamela | Battle | Iraq | | Alexander the Great; Darius III
Battle of Cannae | Battle | Italy | Second Punic War | Hannibal
Battle of Zama | Battle | Tunisia | Second Punic War | Hannibal
Battle of Agincourt | Battle | France | Hundred Years' War |
Siege of Orléans {Siege_of_Orleans} | Battle | France | Hundred Years' War | Joan of Arc
Battle of Verdun | Battle | France | World War I |
Battle of the Somme | Battle | France | World War I |
Gallipoli campaign | MilitaryConflict | Turkey | World War I | Mustafa Kemal Atatürk
Battle of Stalingrad | Battle | Volgograd | World War II |
Battle of Kursk | Battle | Russia | World War II |
Battle of Midway | Battle | Pacific Ocean | World War II |
Attack on Pearl Harbor | MilitaryConflict | Hawaii | World War II |
Normandy landings | MilitaryConflict | Normandy | World War II | Dwight D. Eisenhower; Bernard Montgomery
Battle of Britain | Battle | United Kingdom | World War II |
Second Battle of El Alamein | Battle | Egypt | World War II | Bernard Montgomery; Erwin Rommel
Battle of the Bulge | Battle | Belgium | World War II |
Battle of Berlin | Battle | Berlin | World War II |
Siege of Leningrad | MilitaryConflict | Saint Petersburg | World War II |
Tet Offensive | MilitaryConflict | Vietnam | Vietnam War |
""")

BLOCKS.append("""
!cols label | class | place | partOf | eruptingVolcano
French Revolution | Revolution | France | |
Storming of the Bastille | SocietalEvent | Paris | French Revolution |
Russian Revolution | Revolution | Russia | |
Glorious Revolution | Revolution | England | |
Cuban Revolution | Revolution | Cuba | |
Mexican Revolution | Revolution | Mexico | |
Xinhai Revolution | Revolution | China | |
Iranian Revolution | Revolution | Iran | |
Velvet Revolution | Revolution | Prague | |
Fall of the Berlin Wall | SocietalEvent | Berlin | |
Assassination of John F. Kennedy | SocietalEvent | Dallas | |
September 11 attacks | SocietalEvent | New York City; Virginia; Pennsylvania | |
Sinking of the Titanic | Disaster | Atlantic Ocean | |
Chernobyl disaster | Disaster | Ukraine | |
Fukushima nuclear accident | Disaster | Japan | |
Hindenburg disaster | Disaster | New Jersey | |
Great Fire of London | Disaster | London | |
Bhopal disaster | Disaster | India | |
1906 San Francisco earthquake | Earthquake | San Francisco | |
1755 Lisbon earthquake | Earthquake | Lisbon | |
2010 Haiti earthquake | Earthquake | Haiti | |
2011 Tōhoku earthquake and tsunami {2011_Tohoku_earthquake_and_tsunami} | Earthquake | Japan | |
2004 Indian Ocean earthquake and tsunami | Earthquake | Indian Ocean | |
Eruption of Mount Vesuvius in 79 AD | VolcanicEruption | Italy | | Mount Vesuvius
1980 eruption of Mount St. Helens | VolcanicEruption | Washington (state) | | Mount St. Helens
1883 eruption of Krakatoa | VolcanicEruption | Indonesia | | Krakatoa
1815 eruption of Mount Tambora | VolcanicEruption | Indonesia | | Mount Tambora
1991 eruption of Mount Pinatubo | VolcanicEruption | Philippines | | Mount Pinatubo
2010 eruptions of Eyjafjallajökull {2010_eruptions_of_Eyjafjallajokull} | VolcanicEruption | Iceland | | Eyjafjallajökull
Hurricane Katrina | TropicalCyclone | Louisiana; New Orleans | |
Glastonbury Festival | MusicFestival | England | |
Woodstock | MusicFestival | New York (state) | |
Coachella Valley Music and Arts Festival | MusicFestival | California | |
Roskilde Festival | MusicFestival | Denmark | |
Oktoberfest | Festival | Munich | |
Rio Carnival | Festival | Rio de Janeiro | |
Carnival of Venice | Festival | Venice | |
Edinburgh Festival Fringe | Festival | Edinburgh | |
Burning Man | Festival | Black Rock Desert | |
Cannes Film Festival | FilmFestival | Cannes | |
Venice Film Festival | FilmFestival | Venice | |
Berlin International Film Festival | FilmFestival | Berlin | |
Sundance Film Festival | FilmFestival | Utah | |
Toronto International Film Festival | FilmFestival | Toronto | |
Wimbledon Championships | TennisTournament | London | |
French Open | TennisTournament | Paris | |
US Open (tennis) | TennisTournament | New York City | |
Australian Open | TennisTournament | Melbourne | |
Indianapolis 500 | SportsEvent | Indiana | |
Boston Marathon | SportsEvent | Boston | |
""")
BLOCKS.append("""
!cols label | class | hostCountry
Tour de France | CyclingRace | France
Giro d'Italia | CyclingRace | Italy
Monaco Grand Prix | GrandPrix | Monaco
""")

BLOCKS.append("""
!cols label | class | hostCity
1896 Summer Olympics | SummerOlympics | Athens
1900 Summer Olympics | SummerOlympics | Paris
1904 Summer Olympics | SummerOlympics | St. Louis
1908 Summer Olympics | SummerOlympics | London
1912 Summer Olympics | SummerOlympics | Stockholm
1920 Summer Olympics | SummerOlympics | Antwerp
1924 Summer Olympics | SummerOlympics | Paris
1928 Summer Olympics | SummerOlympics | Amsterdam
1932 Summer Olympics | SummerOlympics | Los Angeles
1936 Summer Olympics | SummerOlympics | Berlin
1948 Summer Olympics | SummerOlympics | London
1952 Summer Olympics | SummerOlympics | Helsinki
1956 Summer Olympics | SummerOlympics | Melbourne
1960 Summer Olympics | SummerOlympics | Rome
1964 Summer Olympics | SummerOlympics | Tokyo
1968 Summer Olympics | SummerOlympics | Mexico City
1972 Summer Olympics | SummerOlympics | Munich
1976 Summer Olympics | SummerOlympics | Montreal
1980 Summer Olympics | SummerOlympics | Moscow
1984 Summer Olympics | SummerOlympics | Los Angeles
1988 Summer Olympics | SummerOlympics | Seoul
1992 Summer Olympics | SummerOlympics | Barcelona
1996 Summer Olympics | SummerOlympics | Atlanta
2000 Summer Olympics | SummerOlympics | Sydney
2004 Summer Olympics | SummerOlympics | Athens
2008 Summer Olympics | SummerOlympics | Beijing
2012 Summer Olympics | SummerOlympics | London
2016 Summer Olympics | SummerOlympics | Rio de Janeiro
2020 Summer Olympics | SummerOlympics | Tokyo
1924 Winter Olympics | WinterOlympics | Chamonix
1928 Winter Olympics | WinterOlympics | St. Moritz
1932 Winter Olympics | WinterOlympics | Lake Placid, New York
1936 Winter Olympics | WinterOlympics | Garmisch-Partenkirchen
1948 Winter Olympics | WinterOlympics | St. Moritz
1952 Winter Olympics | WinterOlympics | Oslo
1956 Winter Olympics | WinterOlympics | Cortina d'Ampezzo
1964 Winter Olympics | WinterOlympics | Innsbruck
1968 Winter Olympics | WinterOlympics | Grenoble
1972 Winter Olympics | WinterOlympics | Sapporo
1976 Winter Olympics | WinterOlympics | Innsbruck
1980 Winter Olympics | WinterOlympics | Lake Placid, New York
1988 Winter Olympics | WinterOlympics | Calgary
1992 Winter Olympics | WinterOlympics | Albertville
1994 Winter Olympics | WinterOlympics | Lillehammer
1998 Winter Olympics | WinterOlympics | Nagano
2002 Winter Olympics | WinterOlympics | Salt Lake City
2006 Winter Olympics | WinterOlympics | Turin
2010 Winter Olympics | WinterOlympics | Vancouver
2014 Winter Olympics | WinterOlympics | Sochi
2018 Winter Olympics | WinterOlympics | Pyeongchang
2022 Winter Olympics | WinterOlympics | Beijing
""")
BLOCKS.append("""
!cols label | class | country | region
Cortina d'Ampezzo | Town | Italy | Veneto
Grenoble | City | France |
Pyeongchang | Town | South Korea |
""")

BLOCKS.append("""
!class SoccerTournament
!cols label | hostCountry | winner
1930 FIFA World Cup | Uruguay | Uruguay national football team
1934 FIFA World Cup | Italy | Italy national football team
1938 FIFA World Cup | France | Italy national football team
1950 FIFA World Cup | Brazil | Uruguay national football team
1954 FIFA World Cup | Switzerland | Germany national football team
1958 FIFA World Cup | Sweden | Brazil national football team
1962 FIFA World Cup | Chile | Brazil national football team
1966 FIFA World Cup | | England national football team
1970 FIFA World Cup | Mexico | Brazil national football team
1974 FIFA World Cup | | Germany national football team
1978 FIFA World Cup | Argentina | Argentina national football team
1982 FIFA World Cup | Spain | Italy national football team
1986 FIFA World Cup | Mexico | Argentina national football team
1990 FIFA World Cup | Italy | Germany national football team
1994 FIFA World Cup | United States | Brazil national football team
1998 FIFA World Cup | France | France national football team
2002 FIFA World Cup | South Korea; Japan | Brazil national football team
2006 FIFA World Cup | Germany | Italy national football team
2010 FIFA World Cup | South Africa | Spain national football team
2014 FIFA World Cup | Brazil | Germany national football team
2018 FIFA World Cup | Russia | France national football team
2022 FIFA World Cup | Qatar | Argentina national football team
""")
BLOCKS.append("""
!cols label | place
1966 FIFA World Cup | England
""")

BLOCKS.append("""
!class SpaceMission
!cols label | crewMember
Apollo 11 | Neil Armstrong; Buzz Aldrin; Michael Collins
Apollo 13 | Jim Lovell; Jack Swigert; Fred Haise
Apollo 14 | Alan Shepard
Mercury-Redstone 3 | Alan Shepard
Mercury-Atlas 6 | John Glenn
Vostok 1 | Yuri Gagarin
Vostok 6 | Valentina Tereshkova
STS-7 | Sally Ride
Shenzhou 5 | Yang Liwei
""")

# ---------------------------------------------------------------------------
# Languages and language families
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | class | parentFamily
Indo-European languages | LanguageFamily |
Germanic languages | LanguageFamily | Indo-European languages
Italic languages | LanguageFamily | Indo-European languages
Romance languages | LanguageFamily | Italic languages
Slavic languages | LanguageFamily | Indo-European languages
Celtic languages | LanguageFamily | Indo-European languages
Baltic languages | LanguageFamily | Indo-European languages
Hellenic languages | LanguageFamily | Indo-European languages
Indo-Aryan languages | LanguageFamily | Indo-European languages
Iranian languages | LanguageFamily | Indo-European languages
Uralic languages | LanguageFamily |
Turkic languages | LanguageFamily |
Afroasiatic languages | LanguageFamily |
Semitic languages | LanguageFamily | Afroasiatic languages
Cushitic languages | LanguageFamily | Afroasiatic languages
Niger–Congo languages {Niger_Congo_languages} | LanguageFamily |
Bantu languages | LanguageFamily | Niger–Congo languages
Austronesian languages | LanguageFamily |
Sino-Tibetan languages | LanguageFamily |
Dravidian languages | LanguageFamily |
Japonic languages | LanguageFamily |
Koreanic languages | LanguageFamily |
Austroasiatic languages | LanguageFamily |
Kra–Dai languages {Kra_Dai_languages} | LanguageFamily |
Mongolic languages | LanguageFamily |
Quechuan languages | LanguageFamily |
Aymaran languages | LanguageFamily |
Tupian languages | LanguageFamily |
""")
BLOCKS.append("""
!cols label | class | languageFamily | designer
English | Language | Germanic languages |
German | Language | Germanic languages |
Dutch | Language | Germanic languages |
Swedish | Language | Germanic languages |
Norwegian | Language | Germanic languages |
Danish | Language | Germanic languages |
Icelandic | Language | Germanic languages |
Afrikaans | Language | Germanic languages |
Luxembourgish | Language | Germanic languages |
Yiddish | Language | Germanic languages |
Old English | Language | Germanic languages |
Middle English | Language | Germanic languages |
French | Language | Romance languages |
Spanish | Language | Romance languages |
Portuguese | Language | Romance languages |
Italian | Language | Romance languages |
Romanian | Language | Romance languages |
Catalan | Language | Romance languages |
Romansh | Language | Romance languages |
Latin | ClassicalLanguage | Italic languages |
Russian | Language | Slavic languages |
Polish | Language | Slavic languages |
Czech | Language | Slavic languages |
Slovak | Language | Slavic languages |
Bulgarian | Language | Slavic languages |
Croatian | Language | Slavic languages |
Serbian | Language | Slavic languages |
Slovene | Language | Slavic languages |
Ukrainian | Language | Slavic languages |
Belarusian | Language | Slavic languages |
Macedonian | Language | Slavic languages |
Montenegrin | Language | Slavic languages |
Irish | Language | Celtic languages |
Welsh | Language | Celtic languages |
Scottish Gaelic | Language | Celtic languages |
Latvian | Language | Baltic languages |
Lithuanian | Language | Baltic languages |
Greek | Language | Hellenic languages |
Ancient Greek | ClassicalLanguage | Hellenic languages |
Hindi | Language | Indo-Aryan languages |
Urdu | Language | Indo-Aryan languages |
Bengali | Language | Indo-Aryan languages |
Nepali | Language | Indo-Aryan languages |
Sinhala | Language | Indo-Aryan languages |
Sanskrit | ClassicalLanguage | Indo-Aryan languages |
Persian | Language | Iranian languages |
Pashto | Language | Iranian languages |
Dari | Language | Iranian languages |
Kurdish | Language | Iranian languages |
Albanian | Language | Indo-European languages |
Armenian | Language | Indo-European languages |
Finnish | Language | Uralic languages |
Estonian | Language | Uralic languages |
Hungarian | Language | Uralic languages |
Turkish | Language | Turkic languages |
Azerbaijani | Language | Turkic languages |
Kazakh | Language | Turkic languages |
Uzbek | Language | Turkic languages |
Arabic | Language | Semitic languages |
Hebrew | Language | Semitic languages |
Amharic | Language | Semitic languages |
Maltese | Language | Semitic languages |
Somali | Language | Cushitic languages |
Swahili | Language | Bantu languages |
Zulu | Language | Bantu languages |
Xhosa | Language | Bantu languages |
Kinyarwanda | Language | Bantu languages |
Indonesian | Language | Austronesian languages |
Malay | Language | Austronesian languages |
Filipino | Language | Austronesian languages |
Malagasy | Language | Austronesian languages |
Māori {Maori_language} | Language | Austronesian languages |
Fijian | Language | Austronesian languages |
Samoan | Language | Austronesian languages |
Mandarin Chinese | Language | Sino-Tibetan languages |
Cantonese | Language | Sino-Tibetan languages |
Burmese | Language | Sino-Tibetan languages |
Tamil | Language | Dravidian languages |
Japanese | Language | Japonic languages |
Korean | Language | Koreanic languages |
Vietnamese | Language | Austroasiatic languages |
Khmer | Language | Austroasiatic languages |
Thai | Language | Kra–Dai languages |
Lao | Language | Kra–Dai languages |
Mongolian | Language | Mongolic languages |
Quechua | Language | Quechuan languages |
Aymara | Language | Aymaran languages |
Guarani | Language | Tupian languages |
Haitian Creole | Language | |
Tok Pisin | Language | |
Basque | Language | |
Esperanto | ConstructedLanguage | | L. L. Zamenhof
Klingon | ConstructedLanguage | | Marc Okrand
Python | ProgrammingLanguage | | Guido van Rossum
C | ProgrammingLanguage | | Dennis Ritchie
C++ {C_plus_plus} | ProgrammingLanguage | | Bjarne Stroustrup
Java | ProgrammingLanguage | | James Gosling
JavaScript | ProgrammingLanguage | | Brendan Eich
Ruby | ProgrammingLanguage | | Yukihiro Matsumoto
Perl | ProgrammingLanguage | | Larry Wall
Lisp | ProgrammingLanguage | | John McCarthy
PHP | ProgrammingLanguage | | Rasmus Lerdorf
Pascal | ProgrammingLanguage | | Niklaus Wirth
Fortran | ProgrammingLanguage | | John Backus
Smalltalk | ProgrammingLanguage | | Alan Kay
BASIC | ProgrammingLanguage | | John G. Kemeny; Thomas E. Kurtz
Scala | ProgrammingLanguage | | Martin Odersky
Kotlin | ProgrammingLanguage | | JetBrains
C# {C_Sharp} | ProgrammingLanguage | | Anders Hejlsberg
TypeScript | ProgrammingLanguage | | Anders Hejlsberg
""")

# ---------------------------------------------------------------------------
# Music genres, religions
# ---------------------------------------------------------------------------
BLOCKS.append("""
!class MusicGenre
rock music
pop music
hard rock
progressive rock
alternative rock
indie rock
punk rock
folk rock
rock and roll
grunge
Britpop
heavy metal
industrial metal
nu metal
electronic music
synth-pop
disco
soul music
rhythm and blues
funk
hip hop music
jazz
blues
country music
folk music
reggae
classical music
Hindustani classical music
K-pop
Latin pop
""")
BLOCKS.append("""
!class Religion
!cols label | religiousFounder
Christianity |
Islam |
Judaism |
Hinduism |
Buddhism | Gautama Buddha
Sikhism | Guru Nanak
Taoism |
Shinto |
Jainism |
Zoroastrianism | Zoroaster
Confucianism | Confucius
Lutheranism | Martin Luther
Calvinism | John Calvin
Methodism | John Wesley
""")

# ---------------------------------------------------------------------------
# Instruments, devices, vehicles
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | class | inventor
guitar | StringInstrument |
bass guitar | StringInstrument |
violin | StringInstrument |
viola | StringInstrument |
cello | StringInstrument |
double bass | StringInstrument |
harp | StringInstrument |
sitar | StringInstrument |
banjo | StringInstrument |
ukulele | StringInstrument |
mandolin | StringInstrument |
trumpet | BrassInstrument |
trombone | BrassInstrument |
French horn | BrassInstrument |
tuba | BrassInstrument |
saxophone | WoodwindInstrument | Adolphe Sax
clarinet | WoodwindInstrument |
flute | WoodwindInstrument |
oboe | WoodwindInstrument |
bassoon | WoodwindInstrument |
harmonica | WindInstrument |
drum kit | PercussionInstrument |
timpani | PercussionInstrument |
xylophone | PercussionInstrument |
tambourine | PercussionInstrument |
piano | KeyboardInstrument | Bartolomeo Cristofori
harpsichord | KeyboardInstrument |
pipe organ | KeyboardInstrument |
accordion | Instrument |
phonograph | Device | Thomas Edison
printing press | Device | Johannes Gutenberg
cotton gin | Device | Eli Whitney
diesel engine | Device | Rudolf Diesel
lightning rod | Device | Benjamin Franklin
AK-47 | Weapon | Mikhail Kalashnikov
Gatling gun | Weapon | Richard Gatling
Maxim gun | Weapon | Hiram Maxim
""")
BLOCKS.append("""
!cols label | class | manufacturer | operator | releaseYear
Wright Flyer | Aircraft | | |
Boeing 747 | Aircraft | Boeing | |
Boeing 737 | Aircraft | Boeing | |
Airbus A380 | Aircraft | Airbus | |
Concorde | Aircraft | | |
RMS Titanic | Ship | Harland and Wolff | |
HMS Victory | Ship | | |
Mayflower | Ship | | |
Ford Model T | Automobile | Ford Motor Company | |
Ford Mustang | Automobile | Ford Motor Company | |
Volkswagen Beetle | Automobile | Volkswagen Group | |
Porsche 911 | Automobile | Porsche | |
Ferrari F40 | Automobile | Ferrari | |
Lamborghini Countach | Automobile | Lamborghini | |
Toyota Corolla | Automobile | Toyota | |
Toyota Prius | Automobile | Toyota | |
Honda Civic | Automobile | Honda | |
BMW 3 Series | Automobile | BMW | |
Fiat 500 | Automobile | Fiat | |
Tesla Model S | Automobile | Tesla, Inc. | |
Tesla Model 3 | Automobile | Tesla, Inc. | |
Renault Clio | Automobile | Renault | |
Mercedes-Benz S-Class | Automobile | Mercedes-Benz Group | |
Audi A4 | Automobile | Audi | |
Chevrolet Corvette | Automobile | General Motors | |
Voyager 1 | Spacecraft | | NASA |
Voyager 2 | Spacecraft | | NASA |
New Horizons | Spacecraft | | NASA |
Cassini–Huygens {Cassini_Huygens} | Spacecraft | | NASA |
Curiosity (rover) | Spacecraft | | NASA |
Perseverance (rover) | Spacecraft | | NASA |
Rosetta (spacecraft) | Spacecraft | | European Space Agency |
Chandrayaan-3 | Spacecraft | | Indian Space Research Organisation |
Sputnik 1 | Spacecraft | | |
Hubble Space Telescope | SpaceTelescope | | NASA |
James Webb Space Telescope | SpaceTelescope | | NASA |
International Space Station | SpaceStation | | |
Mir | SpaceStation | | |
Tiangong space station | SpaceStation | | |
""")

# ---------------------------------------------------------------------------
# Chemistry
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | class | atomicNumber | substanceDiscoverer
hydrogen | Nonmetal | 1 | Henry Cavendish
helium | NobleGas | 2 |
lithium | AlkaliMetal | 3 |
beryllium | AlkalineEarthMetal | 4 |
boron | Metalloid | 5 |
carbon | Nonmetal | 6 |
nitrogen | Nonmetal | 7 | Daniel Rutherford
oxygen | Nonmetal | 8 |
fluorine | Halogen | 9 |
neon | NobleGas | 10 | William Ramsay
sodium | AlkaliMetal | 11 | Humphry Davy
magnesium | AlkalineEarthMetal | 12 |
aluminium | PostTransitionMetal | 13 |
silicon | Metalloid | 14 |
phosphorus | Nonmetal | 15 |
sulfur | Nonmetal | 16 |
chlorine | Halogen | 17 | Carl Wilhelm Scheele
argon | NobleGas | 18 | William Ramsay
potassium | AlkaliMetal | 19 | Humphry Davy
calcium | AlkalineEarthMetal | 20 | Humphry Davy
titanium | TransitionMetal | 22 |
vanadium | TransitionMetal | 23 |
chromium | TransitionMetal | 24 |
manganese | TransitionMetal | 25 |
iron | TransitionMetal | 26 |
cobalt | TransitionMetal | 27 |
nickel | TransitionMetal | 28 |
copper | TransitionMetal | 29 |
zinc | Metal | 30 |
germanium | Metalloid | 32 |
arsenic | Metalloid | 33 |
selenium | Nonmetal | 34 |
bromine | Halogen | 35 |
krypton | NobleGas | 36 | William Ramsay
rubidium | AlkaliMetal | 37 |
strontium | AlkalineEarthMetal | 38 |
palladium | TransitionMetal | 46 |
silver | TransitionMetal | 47 |
tin | PostTransitionMetal | 50 |
antimony | Metalloid | 51 |
iodine | Halogen | 53 |
xenon | NobleGas | 54 | William Ramsay
caesium | AlkaliMetal | 55 |
barium | AlkalineEarthMetal | 56 | Carl Wilhelm Scheele
cerium | Lanthanide | 58 |
neodymium | Lanthanide | 60 |
tungsten | TransitionMetal | 74 |
platinum | TransitionMetal | 78 |
gold | TransitionMetal | 79 |
lead | PostTransitionMetal | 82 |
polonium | ChemicalElement | 84 | Marie Curie; Pierre Curie
radon | NobleGas | 86 |
radium | AlkalineEarthMetal | 88 | Marie Curie; Pierre Curie
thorium | Actinide | 90 |
uranium | Actinide | 92 | Martin Heinrich Klaproth
plutonium | Actinide | 94 |
water | ChemicalCompound | |
carbon dioxide | ChemicalCompound | |
sodium chloride | ChemicalCompound | |
methane | ChemicalCompound | |
ethanol | ChemicalCompound | |
glucose | ChemicalCompound | |
ammonia | ChemicalCompound | |
sulfuric acid | ChemicalCompound | |
caffeine | ChemicalCompound | |
aspirin | Drug | |
paracetamol | Drug | |
penicillin | Drug | | Alexander Fleming
insulin | Drug | | Frederick Banting; Charles Best
morphine | Drug | |
""")

# ---------------------------------------------------------------------------
# Awards
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | class
Nobel Prize in Physics | NobelPrize
Nobel Prize in Chemistry | NobelPrize
Nobel Prize in Physiology or Medicine | NobelPrize
Nobel Prize in Literature | NobelPrize
Nobel Peace Prize | NobelPrize
Nobel Memorial Prize in Economic Sciences | Award
Academy Award for Best Director | FilmAward
Academy Award for Best Actor | FilmAward
Academy Award for Best Actress | FilmAward
Ballon d'Or | SportsAward
Fields Medal | ScienceAward
Turing Award | ScienceAward
Abel Prize | ScienceAward
""")

# ---------------------------------------------------------------------------
# Species (as instances of their taxon classes, DBpedia style): label | class | nativeTo
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | class | nativeTo
lion | Felid | Africa; India
tiger | Felid | Asia
leopard | Felid | Africa; Asia
cheetah | Felid | Africa
jaguar | Felid | South America; North America
snow leopard | Felid | Asia
cougar | Felid | North America; South America
Eurasian lynx | Felid | Europe; Asia
cat | Felid |
gray wolf | Canid | North America; Europe; Asia
red fox | Canid |
coyote | Canid | North America
African wild dog | Canid | Africa
dog | Canid |
polar bear | Bear | Canada; Russia; Greenland
brown bear | Bear |
American black bear | Bear | North America
giant panda | Bear | China
harbor seal | Pinniped |
walrus | Pinniped |
California sea lion | Pinniped | North America
sea otter | Mustelid |
European badger | Mustelid | Europe
wolverine | Mustelid |
honey badger | Mustelid | Africa; Asia
spotted hyena | Carnivoran | Africa
ring-tailed lemur | Primate | Madagascar
Japanese macaque | Primate | Japan
mandrill | Primate | Africa
chimpanzee | GreatApe | Africa
bonobo | GreatApe | Democratic Republic of the Congo
western gorilla | GreatApe | Africa
Bornean orangutan | GreatApe | Borneo
Sumatran orangutan | GreatApe | Sumatra
house mouse | Rodent |
brown rat | Rodent |
capybara | Rodent | South America
North American beaver | Rodent | North America
red squirrel | Rodent | Europe; Asia
blue whale | Cetacean |
humpback whale | Cetacean |
common bottlenose dolphin | Cetacean |
orca | Cetacean |
sperm whale | Cetacean |
narwhal | Cetacean |
beluga whale | Cetacean |
giraffe | EvenToedUngulate | Africa
hippopotamus | EvenToedUngulate | Africa
okapi | EvenToedUngulate | Democratic Republic of the Congo
American bison | EvenToedUngulate | North America
moose | EvenToedUngulate |
reindeer | EvenToedUngulate |
wild boar | EvenToedUngulate |
vicuña {vicuna} | EvenToedUngulate | South America
llama | EvenToedUngulate |
dromedary | EvenToedUngulate |
horse | OddToedUngulate |
plains zebra | OddToedUngulate | Africa
white rhinoceros | OddToedUngulate | Africa
Malayan tapir | OddToedUngulate | Asia
Przewalski's horse | OddToedUngulate | Mongolia
red kangaroo | Marsupial | Australia
koala | Marsupial | Australia
Tasmanian devil | Marsupial | Tasmania
common wombat | Marsupial | Australia
Virginia opossum | Marsupial | North America
platypus | Monotreme | Australia
short-beaked echidna | Monotreme | Australia; New Guinea
common vampire bat | Bat | South America
Indian flying fox | Bat | Asia
African bush elephant | Proboscidean | Africa
Asian elephant | Proboscidean | Asia
aardvark | Mammal | Africa
nine-banded armadillo | Mammal | North America; South America
bald eagle | BirdOfPrey | North America
golden eagle | BirdOfPrey |
peregrine falcon | BirdOfPrey |
barn owl | BirdOfPrey |
osprey | BirdOfPrey |
Andean condor | BirdOfPrey | South America
harpy eagle | BirdOfPrey | South America
emperor penguin | Penguin | Antarctica
Adélie penguin {Adelie_penguin} | Penguin | Antarctica
king penguin | Penguin |
Galápagos penguin {Galapagos_penguin} | Penguin | Galápagos Islands
African penguin | Penguin | South Africa; Namibia
kakapo | Parrot | New Zealand
scarlet macaw | Parrot | South America
budgerigar | Parrot | Australia
sulphur-crested cockatoo | Parrot | Australia
common ostrich | Ratite | Africa
emu | Ratite | Australia
North Island brown kiwi | Ratite | New Zealand
southern cassowary | Ratite | New Guinea; Australia
greater rhea | Ratite | South America
dodo | Bird |
American flamingo | Bird |
Indian peafowl | Bird | India
mute swan | Bird |
chicken | Bird |
house sparrow | Bird |
common raven | Bird |
Atlantic puffin | Bird |
bee hummingbird | Bird | Cuba
blue jay | Bird | North America
northern cardinal | Bird | North America
laughing kookaburra | Bird | Australia
toco toucan | Bird | South America
king cobra | Snake | Asia
black mamba | Snake | Africa
green anaconda | Snake | South America
reticulated python | Snake | Asia
inland taipan | Snake | Australia
Nile crocodile | Crocodilian | Africa
saltwater crocodile | Crocodilian | Asia; Australia
American alligator | Crocodilian | United States
gharial | Crocodilian | India
Galápagos tortoise {Galapagos_tortoise} | Turtle | Galápagos Islands
leatherback sea turtle | Turtle |
green sea turtle | Turtle |
Komodo dragon | Lizard | Indonesia
green iguana | Lizard |
Gila monster | Lizard | North America
thorny devil | Lizard | Australia
tuatara | Reptile | New Zealand
golden poison frog | Frog | Colombia
American bullfrog | Frog | North America
cane toad | Frog | South America
axolotl | Salamander | Mexico
fire salamander | Salamander | Europe
Chinese giant salamander | Salamander | China
great white shark | Shark |
whale shark | Shark |
great hammerhead | Shark |
tiger shark | Shark |
Greenland shark | Shark |
Atlantic salmon | Fish |
ocellaris clownfish | Fish |
Atlantic cod | Fish |
goldfish | Fish |
West Indian Ocean coelacanth | Fish | Indian Ocean
Atlantic bluefin tuna | Fish | Atlantic Ocean
red-bellied piranha | Fish | South America
electric eel | Fish | South America
ocean sunfish | Fish |
monarch butterfly | Butterfly | North America
painted lady | Butterfly |
seven-spot ladybird | Beetle |
Goliath beetle | Beetle | Africa
European stag beetle | Beetle | Europe
western honey bee | Bee |
buff-tailed bumblebee | Bee | Europe
bullet ant | Ant | South America
red wood ant | Ant | Europe
housefly | Insect |
desert locust | Insect |
Anopheles gambiae | Insect | Africa
European mantis | Insect |
goliath birdeater | Arachnid | South America
southern black widow | Arachnid | North America
emperor scorpion | Arachnid | Africa
Sydney funnel-web spider | Arachnid | New South Wales
American lobster | Crustacean | North America
Antarctic krill | Crustacean | Southern Ocean
Japanese spider crab | Crustacean | Japan
giant squid | Cephalopod |
common octopus | Cephalopod |
chambered nautilus | Cephalopod |
Humboldt squid | Cephalopod | Pacific Ocean
garden snail | Mollusc |
Portuguese man o' war | Cnidarian |
moon jellyfish | Cnidarian |
Australian box jellyfish | Cnidarian | Australia
saguaro | Cactus | Sonoran Desert
vanilla orchid | Orchid | Mexico
maize | Grass | Mexico
moso bamboo | Grass | China
potato | FloweringPlant | South America
tomato | FloweringPlant | South America
cocoa tree | FloweringPlant | South America
Coffea arabica | FloweringPlant | Ethiopia
tea plant | FloweringPlant | China
common sunflower | FloweringPlant | North America
English oak | FloweringPlant | Europe
sugar maple | FloweringPlant | North America
African baobab | FloweringPlant | Africa
Rafflesia arnoldii | FloweringPlant | Sumatra; Borneo
Venus flytrap | FloweringPlant | North Carolina; South Carolina
sacred lotus | FloweringPlant | Asia
Tasmanian blue gum | FloweringPlant | Tasmania
giant sequoia | Conifer | California
coast redwood | Conifer | California
Scots pine | Conifer | Europe; Asia
Norway spruce | Conifer | Europe
Great Basin bristlecone pine | Conifer | United States
ginkgo | Gymnosperm | China
Welwitschia | Gymnosperm | Namib
soft tree fern | Fern | Australia
fly agaric | Fungus |
shiitake | Fungus | Asia
button mushroom | Fungus |
black truffle | Fungus | Europe
Saccharomyces cerevisiae | Fungus |
Escherichia coli | Bacterium |
Staphylococcus aureus | Bacterium |
Mycobacterium tuberculosis | Bacterium |
Bacillus anthracis | Bacterium |
Vibrio cholerae | Bacterium |
Helicobacter pylori | Bacterium |
""")

# ---------------------------------------------------------------------------
# Fictional characters: label | class | characterCreator | appearsIn
# ---------------------------------------------------------------------------
BLOCKS.append("""
!class FictionalCharacter
!cols label | class | characterCreator | appearsIn
Sherlock Holmes | | Arthur Conan Doyle | A Study in Scarlet; The Hound of the Baskervilles; Sherlock
Hercule Poirot | | Agatha Christie | Murder on the Orient Express
Harry Potter | | J. K. Rowling | Harry Potter and the Philosopher's Stone; Harry Potter and the Chamber of Secrets; Harry Potter and the Prisoner of Azkaban; Harry Potter and the Goblet of Fire; Harry Potter and the Order of the Phoenix; Harry Potter and the Half-Blood Prince; Harry Potter and the Deathly Hallows
Frodo Baggins | | J. R. R. Tolkien | The Lord of the Rings; The Lord of the Rings: The Fellowship of the Ring; The Lord of the Rings: The Two Towers; The Lord of the Rings: The Return of the King
Bilbo Baggins | | J. R. R. Tolkien | The Hobbit; The Lord of the Rings
Gandalf | | J. R. R. Tolkien | The Hobbit; The Lord of the Rings
Count Dracula | | Bram Stoker | Dracula
Frankenstein's monster | | Mary Shelley | Frankenstein
Darth Vader | | George Lucas | Star Wars; The Empire Strikes Back; Return of the Jedi
Luke Skywalker | | George Lucas | Star Wars; The Empire Strikes Back; Return of the Jedi
Han Solo | | George Lucas | Star Wars; The Empire Strikes Back; Return of the Jedi
Indiana Jones | | George Lucas | Raiders of the Lost Ark
Vito Corleone | | Mario Puzo | The Godfather; The Godfather Part II
Michael Corleone | | Mario Puzo | The Godfather; The Godfather Part II; The Godfather Part III
Hannibal Lecter | | Thomas Harris | The Silence of the Lambs
James Bond | | Ian Fleming | Casino Royale
Atticus Finch | | Harper Lee | To Kill a Mockingbird
Jay Gatsby | | F. Scott Fitzgerald | The Great Gatsby
Elizabeth Bennet | | Jane Austen | Pride and Prejudice
Captain Ahab | | Herman Melville | Moby-Dick
Jean Valjean | | Victor Hugo | Les Misérables
Quasimodo | | Victor Hugo | The Hunchback of Notre-Dame
Rodion Raskolnikov | | Fyodor Dostoevsky | Crime and Punishment
Holden Caulfield | | J. D. Salinger | The Catcher in the Rye
Winston Smith | | George Orwell | Nineteen Eighty-Four
Huckleberry Finn | | Mark Twain | Adventures of Huckleberry Finn; The Adventures of Tom Sawyer
Tom Sawyer | | Mark Twain | The Adventures of Tom Sawyer; Adventures of Huckleberry Finn
Romeo Montague | | William Shakespeare | Romeo and Juliet
Juliet Capulet | | William Shakespeare | Romeo and Juliet
Prince Hamlet | | William Shakespeare | Hamlet
Odysseus | | | Odyssey; Iliad
Achilles | | | Iliad
Dorian Gray | | Oscar Wilde | The Picture of Dorian Gray
Gregor Samsa | | Franz Kafka | The Metamorphosis
Emma Bovary | | Gustave Flaubert | Madame Bovary
D'Artagnan | | Alexandre Dumas | The Three Musketeers
Edmond Dantès {Edmond_Dantes} | | Alexandre Dumas | The Count of Monte Cristo
Heathcliff | | Emily Brontë | Wuthering Heights
Ebenezer Scrooge | | Charles Dickens | A Christmas Carol
Pinocchio | | Carlo Collodi | The Adventures of Pinocchio
Winnie-the-Pooh (character) {Winnie_the_Pooh_character} | | A. A. Milne | Winnie-the-Pooh
Peter Pan | | J. M. Barrie | Peter and Wendy
Paddington Bear | | Michael Bond | A Bear Called Paddington
Sheriff Woody | | | Toy Story; Toy Story 2; Toy Story 3
Buzz Lightyear | | | Toy Story; Toy Story 2; Toy Story 3
Simba | | | The Lion King
Rocky Balboa | | Sylvester Stallone | Rocky
Ellen Ripley | | | Alien; Aliens
Walter White | | Vince Gilligan | Breaking Bad
Tony Soprano | | David Chase | The Sopranos
Jon Snow | | George R. R. Martin | A Game of Thrones; Game of Thrones
Daenerys Targaryen | | George R. R. Martin | A Game of Thrones; Game of Thrones
Basil Fawlty | | John Cleese; Connie Booth | Fawlty Towers
James T. Kirk | | Gene Roddenberry | Star Trek: The Original Series
Spock | | Gene Roddenberry | Star Trek: The Original Series
Mickey Mouse | CartoonCharacter | Walt Disney; Ub Iwerks | Steamboat Willie
Homer Simpson | CartoonCharacter | Matt Groening | The Simpsons
Bart Simpson | CartoonCharacter | Matt Groening | The Simpsons
Spider-Man | ComicsCharacter | Stan Lee; Steve Ditko |
Superman | ComicsCharacter | Jerry Siegel; Joe Shuster |
Batman | ComicsCharacter | Bob Kane; Bill Finger | The Dark Knight
Tintin | ComicsCharacter | Hergé | The Adventures of Tintin
Asterix | ComicsCharacter | René Goscinny; Albert Uderzo |
Charlie Brown | ComicsCharacter | Charles M. Schulz | Peanuts
Snoopy | ComicsCharacter | Charles M. Schulz | Peanuts
Mario | VideoGameCharacter | Shigeru Miyamoto | Super Mario Bros.; Super Mario 64
Pikachu | VideoGameCharacter | | Pokémon Red and Blue
""")

# ---------------------------------------------------------------------------
# Family relations (spouse is stated once per couple)
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | spouse
Pierre Curie | Marie Curie
Albert Einstein | Mileva Marić
John Lennon | Yoko Ono; Cynthia Lennon
Paul McCartney | Linda McCartney
Barack Obama | Michelle Obama
Bill Clinton | Hillary Clinton
Elizabeth II | Prince Philip, Duke of Edinburgh
Charles III | Diana, Princess of Wales; Queen Camilla
William, Prince of Wales | Catherine, Princess of Wales
Prince Harry, Duke of Sussex | Meghan, Duchess of Sussex
Queen Victoria | Albert, Prince Consort
Edward VIII | Wallis Simpson
George VI | Queen Elizabeth The Queen Mother
Henry VIII | Catherine of Aragon; Anne Boleyn
Louis XVI | Marie Antoinette
Napoleon | Joséphine de Beauharnais; Marie Louise, Duchess of Parma
Isabella I of Castile | Ferdinand II of Aragon
Franz Joseph I | Empress Elisabeth of Austria
Frida Kahlo | Diego Rivera
Jay-Z | Beyoncé
F. Scott Fitzgerald | Zelda Fitzgerald
Johnny Cash | June Carter Cash
Paul Newman | Joanne Woodward
Humphrey Bogart | Lauren Bacall
Brad Pitt | Angelina Jolie; Jennifer Aniston
Tom Cruise | Nicole Kidman; Katie Holmes
Kurt Cobain | Courtney Love
Ronald Reagan | Nancy Reagan; Jane Wyman
John F. Kennedy | Jacqueline Kennedy Onassis
Franklin D. Roosevelt | Eleanor Roosevelt
George Washington | Martha Washington
John Adams | Abigail Adams
Abraham Lincoln | Mary Todd Lincoln
Donald Trump | Melania Trump; Ivana Trump
George H. W. Bush | Barbara Bush
George W. Bush | Laura Bush
Marilyn Monroe | Joe DiMaggio; Arthur Miller
Elizabeth Taylor | Richard Burton
Ingrid Bergman | Roberto Rossellini
Percy Bysshe Shelley | Mary Shelley
William Godwin | Mary Wollstonecraft
Juan Perón | Eva Perón
Robert Schumann | Clara Schumann
Richard Wagner | Cosima Wagner
Nicolas Sarkozy | Carla Bruni
Emmanuel Macron | Brigitte Macron
Frank Sinatra | Ava Gardner; Mia Farrow
Judy Garland | Vincente Minnelli
Frances McDormand | Joel Coen
Javier Bardem | Penélope Cruz
Steffi Graf | Andre Agassi
David Beckham | Victoria Beckham
Martin Luther King Jr. | Coretta Scott King
Nelson Mandela | Winnie Madikizela-Mandela
Elvis Presley | Priscilla Presley
Lisa Marie Presley | Michael Jackson
""")

BLOCKS.append("""
!cols label | father | mother
Carl Philipp Emanuel Bach | Johann Sebastian Bach |
Wolfgang Amadeus Mozart | Leopold Mozart |
Johann Strauss II | Johann Strauss I |
Cosima Wagner | Franz Liszt |
John Quincy Adams | John Adams | Abigail Adams
George W. Bush | George H. W. Bush | Barbara Bush
Jeb Bush | George H. W. Bush | Barbara Bush
Ivanka Trump | Donald Trump | Ivana Trump
Edward VII | Albert, Prince Consort | Queen Victoria
George V | Edward VII |
Edward VIII | George V |
George VI | George V |
Elizabeth II | George VI | Queen Elizabeth The Queen Mother
Charles III | Prince Philip, Duke of Edinburgh | Elizabeth II
William, Prince of Wales | Charles III | Diana, Princess of Wales
Prince Harry, Duke of Sussex | Charles III | Diana, Princess of Wales
Henry VIII | Henry VII of England |
Elizabeth I | Henry VIII | Anne Boleyn
Mary I of England | Henry VIII | Catherine of Aragon
Edward VI | Henry VIII |
James VI and I | | Mary, Queen of Scots
Louis XIV | Louis XIII |
Marie Antoinette | | Maria Theresa
Alexander the Great | Philip II of Macedon | Olympias
Akihito | Hirohito |
Naruhito | Akihito |
Felipe VI | Juan Carlos I |
Kim Jong-il | Kim Il-sung |
Kim Jong-un | Kim Jong-il |
Indira Gandhi | Jawaharlal Nehru |
Rajiv Gandhi | | Indira Gandhi
Benazir Bhutto | Zulfikar Ali Bhutto |
Justin Trudeau | Pierre Trudeau |
Jane Fonda | Henry Fonda |
Peter Fonda | Henry Fonda |
Liza Minnelli | Vincente Minnelli | Judy Garland
Isabella Rossellini | Roberto Rossellini | Ingrid Bergman
Jamie Lee Curtis | Tony Curtis | Janet Leigh
Carrie Fisher | | Debbie Reynolds
Angelina Jolie | Jon Voight |
Michael Douglas | Kirk Douglas |
Charlie Sheen | Martin Sheen |
Sofia Coppola | Francis Ford Coppola |
Jean Renoir | Pierre-Auguste Renoir |
Liv Tyler | Steven Tyler |
Lisa Marie Presley | Elvis Presley | Priscilla Presley
Nancy Sinatra | Frank Sinatra |
Julian Lennon | John Lennon | Cynthia Lennon
Sean Lennon | John Lennon | Yoko Ono
Stella McCartney | Paul McCartney | Linda McCartney
Ziggy Marley | Bob Marley |
Damian Marley | Bob Marley |
Norah Jones | Ravi Shankar |
Anoushka Shankar | Ravi Shankar |
Natalie Cole | Nat King Cole |
Mary Shelley | William Godwin | Mary Wollstonecraft
Ada Lovelace | Lord Byron |
""")

BLOCKS.append("""
!cols label | sibling
Charlotte Brontë | Emily Brontë; Anne Brontë
Emily Brontë | Anne Brontë
Jacob Grimm | Wilhelm Grimm
Vincent van Gogh | Theo van Gogh
Orville Wright | Wilbur Wright
Venus Williams | Serena Williams
Liam Gallagher | Noel Gallagher
Angus Young | Malcolm Young
Brian Wilson | Dennis Wilson; Carl Wilson
Dennis Wilson | Carl Wilson
Barry Gibb | Robin Gibb; Maurice Gibb
Robin Gibb | Maurice Gibb
Michael Jackson | Janet Jackson; Jermaine Jackson; Jackie Jackson; Tito Jackson; Marlon Jackson
Peyton Manning | Eli Manning
Joel Coen | Ethan Coen
Lana Wachowski | Lilly Wachowski
Anthony Russo | Joe Russo
Ridley Scott | Tony Scott
Richard Attenborough | David Attenborough
John F. Kennedy | Robert F. Kennedy; Ted Kennedy
Robert F. Kennedy | Ted Kennedy
Adolf Dassler | Rudolf Dassler
Harry Warner | Albert Warner; Sam Warner; Jack L. Warner
Matt Duffer | Ross Duffer
Alexander von Humboldt | Wilhelm von Humboldt
Jane Fonda | Peter Fonda
Fidel Castro | Raúl Castro
Felix Mendelssohn | Fanny Mendelssohn
Walt Disney | Roy O. Disney
George W. Bush | Jeb Bush
Ziggy Marley | Damian Marley
Julian Lennon | Sean Lennon
""")

BLOCKS.append("""
!cols label | influencedBy | teacher
Plato | Socrates | Socrates
Aristotle | Plato | Plato
Alexander the Great | | Aristotle
Karl Marx | Georg Wilhelm Friedrich Hegel |
Friedrich Engels | Georg Wilhelm Friedrich Hegel |
Friedrich Nietzsche | Arthur Schopenhauer |
Arthur Schopenhauer | Immanuel Kant |
Georg Wilhelm Friedrich Hegel | Immanuel Kant |
Ludwig Wittgenstein | Bertrand Russell |
Jean-Paul Sartre | Martin Heidegger |
Martin Luther King Jr. | Mahatma Gandhi |
Ludwig van Beethoven | Joseph Haydn; Wolfgang Amadeus Mozart | Joseph Haydn
Johannes Brahms | Ludwig van Beethoven |
Carl Jung | Sigmund Freud |
""")

BLOCKS.append("""
!cols label | successor
George Washington | John Adams
John Adams | Thomas Jefferson
Thomas Jefferson | James Madison
James Madison | James Monroe
James Monroe | John Quincy Adams
John Quincy Adams | Andrew Jackson
Theodore Roosevelt | William Howard Taft
William Howard Taft | Woodrow Wilson
Franklin D. Roosevelt | Harry S. Truman
Harry S. Truman | Dwight D. Eisenhower
Dwight D. Eisenhower | John F. Kennedy
John F. Kennedy | Lyndon B. Johnson
Lyndon B. Johnson | Richard Nixon
Richard Nixon | Gerald Ford
Gerald Ford | Jimmy Carter
Jimmy Carter | Ronald Reagan
Ronald Reagan | George H. W. Bush
George H. W. Bush | Bill Clinton
Bill Clinton | George W. Bush
George W. Bush | Barack Obama
Barack Obama | Donald Trump
Donald Trump | Joe Biden
Neville Chamberlain | Winston Churchill
Margaret Thatcher | John Major
John Major | Tony Blair
Tony Blair | Gordon Brown
Gordon Brown | David Cameron
David Cameron | Theresa May
Theresa May | Boris Johnson
Boris Johnson | Liz Truss
Liz Truss | Rishi Sunak
Willy Brandt | Helmut Schmidt
Helmut Schmidt | Helmut Kohl
Helmut Kohl | Gerhard Schröder
Gerhard Schröder | Angela Merkel
Angela Merkel | Olaf Scholz
François Mitterrand | Jacques Chirac
Jacques Chirac | Nicolas Sarkozy
Nicolas Sarkozy | François Hollande
François Hollande | Emmanuel Macron
Boris Yeltsin | Vladimir Putin
Queen Victoria | Edward VII
Edward VII | George V
George V | Edward VIII
Edward VIII | George VI
George VI | Elizabeth II
Elizabeth II | Charles III
Henry VII of England | Henry VIII
Henry VIII | Edward VI
Mary I of England | Elizabeth I
Elizabeth I | James VI and I
Louis XIII | Louis XIV
Louis XIV | Louis XV
Louis XV | Louis XVI
Hirohito | Akihito
Akihito | Naruhito
Juan Carlos I | Felipe VI
Kim Il-sung | Kim Jong-il
Kim Jong-il | Kim Jong-un
Pope John Paul II | Pope Benedict XVI
Pope Benedict XVI | Pope Francis
""")

# ---------------------------------------------------------------------------
# Education and awards
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | almaMater
Albert Einstein | ETH Zurich
John von Neumann | ETH Zurich
Alan Turing | University of Cambridge; Princeton University
Stephen Hawking | University of Oxford; University of Cambridge
Isaac Newton | University of Cambridge
Charles Darwin | University of Cambridge; University of Edinburgh
Marie Curie | University of Paris
J. Robert Oppenheimer | Harvard University; University of Göttingen
Richard Feynman | Massachusetts Institute of Technology; Princeton University
Max Planck | Ludwig Maximilian University of Munich
Werner Heisenberg | Ludwig Maximilian University of Munich
Carl Friedrich Gauss | University of Göttingen
Niels Bohr | University of Copenhagen
Tycho Brahe | University of Copenhagen
Carl Linnaeus | Uppsala University
Gregor Mendel | University of Vienna
Sigmund Freud | University of Vienna
Erwin Schrödinger | University of Vienna
Kurt Gödel | University of Vienna
Friedrich Hayek | University of Vienna
Nicolaus Copernicus | Jagiellonian University; University of Bologna
Pope John Paul II | Jagiellonian University
Franz Kafka | Charles University
James Clerk Maxwell | University of Edinburgh; University of Cambridge
David Hume | University of Edinburgh
Arthur Conan Doyle | University of Edinburgh
Robert Louis Stevenson | University of Edinburgh
Gordon Brown | University of Edinburgh
Geoffrey Hinton | University of Cambridge; University of Edinburgh
Adam Smith | University of Glasgow; University of Oxford
John Maynard Keynes | University of Cambridge
Bertrand Russell | University of Cambridge
Ludwig Wittgenstein | University of Cambridge
Vladimir Nabokov | University of Cambridge
John Milton | University of Cambridge
Lord Byron | University of Cambridge
Francis Crick | University of Cambridge
Rosalind Franklin | University of Cambridge
Jawaharlal Nehru | University of Cambridge
Lee Kuan Yew | University of Cambridge
Dorothy Hodgkin | University of Oxford
J. R. R. Tolkien | University of Oxford
C. S. Lewis | University of Oxford
Oscar Wilde | Trinity College Dublin; University of Oxford
Samuel Beckett | Trinity College Dublin
Jonathan Swift | Trinity College Dublin
Tim Berners-Lee | University of Oxford
Margaret Thatcher | University of Oxford
Tony Blair | University of Oxford
Boris Johnson | University of Oxford
David Cameron | University of Oxford
Theresa May | University of Oxford
Liz Truss | University of Oxford
Rishi Sunak | University of Oxford; Stanford University
Clement Attlee | University of Oxford
Harold Wilson | University of Oxford
Edward Heath | University of Oxford
Aung San Suu Kyi | University of Oxford
Malala Yousafzai | University of Oxford
Benazir Bhutto | Harvard University; University of Oxford
B. R. Ambedkar | Columbia University; London School of Economics
Karl Marx | University of Bonn; Humboldt University of Berlin
Friedrich Nietzsche | University of Bonn; Leipzig University
Johann Wolfgang von Goethe | Leipzig University
Angela Merkel | Leipzig University
Vladimir Putin | Saint Petersburg State University
Xi Jinping | Tsinghua University
John F. Kennedy | Harvard University
Theodore Roosevelt | Harvard University
Franklin D. Roosevelt | Harvard University
Barack Obama | Columbia University; Harvard University
Michelle Obama | Princeton University; Harvard University
George W. Bush | Yale University; Harvard University
George H. W. Bush | Yale University
Bill Clinton | Georgetown University; Yale University
Hillary Clinton | Yale University
Donald Trump | University of Pennsylvania
Woodrow Wilson | Princeton University
Al Gore | Harvard University
Henry Kissinger | Harvard University
Kofi Annan | Massachusetts Institute of Technology
Martin Luther King Jr. | Boston University
Larry Page | Stanford University
Sergey Brin | Stanford University
Jensen Huang | Stanford University
Reed Hastings | Stanford University
Sally Ride | Stanford University
Elon Musk | University of Pennsylvania
Jeff Bezos | Princeton University
John Nash | Princeton University
Terence Tao | Princeton University
John McCarthy | California Institute of Technology; Princeton University
Donald Knuth | California Institute of Technology
Linus Pauling | California Institute of Technology
Edwin Hubble | University of Chicago
James Watson | University of Chicago
Carl Sagan | University of Chicago
Milton Friedman | University of Chicago
Paul Krugman | Yale University; Massachusetts Institute of Technology
Grace Hopper | Yale University
Meryl Streep | Yale University
Natalie Portman | Harvard University
Emma Watson | Brown University
Robin Williams | Juilliard School
""")

BLOCKS.append("""
!cols label | award
Albert Einstein | Nobel Prize in Physics
Niels Bohr | Nobel Prize in Physics
Marie Curie | Nobel Prize in Physics; Nobel Prize in Chemistry
Pierre Curie | Nobel Prize in Physics
Max Planck | Nobel Prize in Physics
Werner Heisenberg | Nobel Prize in Physics
Erwin Schrödinger | Nobel Prize in Physics
Paul Dirac | Nobel Prize in Physics
Richard Feynman | Nobel Prize in Physics
Enrico Fermi | Nobel Prize in Physics
Wilhelm Röntgen | Nobel Prize in Physics
Peter Higgs | Nobel Prize in Physics
Guglielmo Marconi | Nobel Prize in Physics
Ernest Rutherford | Nobel Prize in Chemistry
Linus Pauling | Nobel Prize in Chemistry; Nobel Peace Prize
Otto Hahn | Nobel Prize in Chemistry
Frederick Sanger | Nobel Prize in Chemistry
Dorothy Hodgkin | Nobel Prize in Chemistry
William Ramsay | Nobel Prize in Chemistry
Alexander Fleming | Nobel Prize in Physiology or Medicine
Robert Koch | Nobel Prize in Physiology or Medicine
Ivan Pavlov | Nobel Prize in Physiology or Medicine
James Watson | Nobel Prize in Physiology or Medicine
Francis Crick | Nobel Prize in Physiology or Medicine
Frederick Banting | Nobel Prize in Physiology or Medicine
Rudyard Kipling | Nobel Prize in Literature
Rabindranath Tagore | Nobel Prize in Literature
W. B. Yeats | Nobel Prize in Literature
George Bernard Shaw | Nobel Prize in Literature
Thomas Mann | Nobel Prize in Literature
Eugene O'Neill | Nobel Prize in Literature
Hermann Hesse | Nobel Prize in Literature
T. S. Eliot | Nobel Prize in Literature
William Faulkner | Nobel Prize in Literature
Bertrand Russell | Nobel Prize in Literature
Winston Churchill | Nobel Prize in Literature
Ernest Hemingway | Nobel Prize in Literature
Albert Camus | Nobel Prize in Literature
John Steinbeck | Nobel Prize in Literature
Samuel Beckett | Nobel Prize in Literature
Yasunari Kawabata | Nobel Prize in Literature
Aleksandr Solzhenitsyn | Nobel Prize in Literature
Pablo Neruda | Nobel Prize in Literature
Gabriel García Márquez | Nobel Prize in Literature
William Golding | Nobel Prize in Literature
Toni Morrison | Nobel Prize in Literature
José Saramago | Nobel Prize in Literature
Günter Grass | Nobel Prize in Literature
Orhan Pamuk | Nobel Prize in Literature
Doris Lessing | Nobel Prize in Literature
Alice Munro | Nobel Prize in Literature
Bob Dylan | Nobel Prize in Literature
Kazuo Ishiguro | Nobel Prize in Literature
Henry Dunant | Nobel Peace Prize
Theodore Roosevelt | Nobel Peace Prize
Woodrow Wilson | Nobel Peace Prize
Martin Luther King Jr. | Nobel Peace Prize
Willy Brandt | Nobel Peace Prize
Henry Kissinger | Nobel Peace Prize
Anwar Sadat | Nobel Peace Prize
Mother Teresa | Nobel Peace Prize
Lech Wałęsa | Nobel Peace Prize
Desmond Tutu | Nobel Peace Prize
14th Dalai Lama | Nobel Peace Prize
Mikhail Gorbachev | Nobel Peace Prize
Aung San Suu Kyi | Nobel Peace Prize
Nelson Mandela | Nobel Peace Prize
Kofi Annan | Nobel Peace Prize
Jimmy Carter | Nobel Peace Prize
Al Gore | Nobel Peace Prize
Barack Obama | Nobel Peace Prize
Malala Yousafzai | Nobel Peace Prize
Milton Friedman | Nobel Memorial Prize in Economic Sciences
Friedrich Hayek | Nobel Memorial Prize in Economic Sciences
Paul Krugman | Nobel Memorial Prize in Economic Sciences
Daniel Kahneman | Nobel Memorial Prize in Economic Sciences
John Nash | Nobel Memorial Prize in Economic Sciences; Abel Prize
Andrew Wiles | Abel Prize
Terence Tao | Fields Medal
Maryam Mirzakhani | Fields Medal
Tim Berners-Lee | Turing Award
Donald Knuth | Turing Award
Edsger W. Dijkstra | Turing Award
Dennis Ritchie | Turing Award
Ken Thompson | Turing Award
John McCarthy | Turing Award
Alan Kay | Turing Award
Niklaus Wirth | Turing Award
John Backus | Turing Award
Geoffrey Hinton | Turing Award
Yann LeCun | Turing Award
Yoshua Bengio | Turing Award
Vint Cerf | Turing Award
Francis Ford Coppola | Academy Award for Best Director
Steven Spielberg | Academy Award for Best Director
Martin Scorsese | Academy Award for Best Director
James Cameron | Academy Award for Best Director
Peter Jackson | Academy Award for Best Director
Robert Zemeckis | Academy Award for Best Director
Ang Lee | Academy Award for Best Director
Clint Eastwood | Academy Award for Best Director
Alfonso Cuarón | Academy Award for Best Director
Alejandro González Iñárritu | Academy Award for Best Director
Guillermo del Toro | Academy Award for Best Director
Bong Joon-ho | Academy Award for Best Director
Roman Polanski | Academy Award for Best Director
Miloš Forman | Academy Award for Best Director
John G. Avildsen | Academy Award for Best Director
Woody Allen | Academy Award for Best Director
Jonathan Demme | Academy Award for Best Director
Damien Chazelle | Academy Award for Best Director
Danny Boyle | Academy Award for Best Director
Robert Wise | Academy Award for Best Director
Jerome Robbins | Academy Award for Best Director
Richard Attenborough | Academy Award for Best Director
David Lean | Academy Award for Best Director
Billy Wilder | Academy Award for Best Director
William Wyler | Academy Award for Best Director
Joel Coen | Academy Award for Best Director
Ethan Coen | Academy Award for Best Director
Victor Fleming | Academy Award for Best Director
Frank Capra | Academy Award for Best Director
Vincente Minnelli | Academy Award for Best Director
Kathryn Bigelow | Academy Award for Best Director
Oliver Stone | Academy Award for Best Director
Ron Howard | Academy Award for Best Director
Sam Mendes | Academy Award for Best Director
Marlon Brando | Academy Award for Best Actor
Al Pacino | Academy Award for Best Actor
Robert De Niro | Academy Award for Best Actor
Jack Nicholson | Academy Award for Best Actor
Tom Hanks | Academy Award for Best Actor
Leonardo DiCaprio | Academy Award for Best Actor
Daniel Day-Lewis | Academy Award for Best Actor
Anthony Hopkins | Academy Award for Best Actor
Denzel Washington | Academy Award for Best Actor
Matthew McConaughey | Academy Award for Best Actor
Russell Crowe | Academy Award for Best Actor
Gregory Peck | Academy Award for Best Actor
Charlton Heston | Academy Award for Best Actor
James Stewart | Academy Award for Best Actor
Humphrey Bogart | Academy Award for Best Actor
Henry Fonda | Academy Award for Best Actor
Paul Newman | Academy Award for Best Actor
Jack Lemmon | Academy Award for Best Actor
Alec Guinness | Academy Award for Best Actor
Ben Kingsley | Academy Award for Best Actor
Adrien Brody | Academy Award for Best Actor
Jeff Bridges | Academy Award for Best Actor
Joaquin Phoenix | Academy Award for Best Actor
Will Smith | Academy Award for Best Actor
Roberto Benigni | Academy Award for Best Actor
Jon Voight | Academy Award for Best Actor
Jamie Foxx | Academy Award for Best Actor
Michael Douglas | Academy Award for Best Actor
Meryl Streep | Academy Award for Best Actress
Katharine Hepburn | Academy Award for Best Actress
Audrey Hepburn | Academy Award for Best Actress
Grace Kelly | Academy Award for Best Actress
Ingrid Bergman | Academy Award for Best Actress
Elizabeth Taylor | Academy Award for Best Actress
Jane Fonda | Academy Award for Best Actress
Diane Keaton | Academy Award for Best Actress
Jodie Foster | Academy Award for Best Actress
Julia Roberts | Academy Award for Best Actress
Kate Winslet | Academy Award for Best Actress
Nicole Kidman | Academy Award for Best Actress
Charlize Theron | Academy Award for Best Actress
Cate Blanchett | Academy Award for Best Actress
Natalie Portman | Academy Award for Best Actress
Emma Stone | Academy Award for Best Actress
Jennifer Lawrence | Academy Award for Best Actress
Frances McDormand | Academy Award for Best Actress
Sandra Bullock | Academy Award for Best Actress
Hilary Swank | Academy Award for Best Actress
Halle Berry | Academy Award for Best Actress
Julie Andrews | Academy Award for Best Actress
Sophia Loren | Academy Award for Best Actress
Michelle Yeoh | Academy Award for Best Actress
Liza Minnelli | Academy Award for Best Actress
Joanne Woodward | Academy Award for Best Actress
Lionel Messi | Ballon d'Or
Cristiano Ronaldo | Ballon d'Or
Luka Modrić | Ballon d'Or
Zinedine Zidane | Ballon d'Or
Johan Cruyff | Ballon d'Or
Franz Beckenbauer | Ballon d'Or
Ronaldinho | Ballon d'Or
Ronaldo Nazário | Ballon d'Or
Karim Benzema | Ballon d'Or
George Best | Ballon d'Or
Eusébio | Ballon d'Or
Alfredo Di Stéfano | Ballon d'Or
Lev Yashin | Ballon d'Or
Gerd Müller | Ballon d'Or
Bobby Charlton | Ballon d'Or
""")

# ---------------------------------------------------------------------------
# Music: bands, genres, instruments
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | class | bandMember | hometown | genre
The Beatles | RockBand | John Lennon; Paul McCartney; George Harrison; Ringo Starr | Liverpool | rock music; pop music
The Rolling Stones | RockBand | Mick Jagger; Keith Richards; Charlie Watts; Ronnie Wood; Brian Jones | London | rock music
Queen | RockBand | Freddie Mercury; Brian May; Roger Taylor; John Deacon | London | rock music
Led Zeppelin | RockBand | Robert Plant; Jimmy Page; John Paul Jones; John Bonham | London | hard rock
Pink Floyd | RockBand | Syd Barrett; Roger Waters; David Gilmour; Nick Mason; Richard Wright | London | progressive rock
The Who | RockBand | Roger Daltrey; Pete Townshend; John Entwistle; Keith Moon | London | rock music
U2 | RockBand | Bono; The Edge; Adam Clayton; Larry Mullen Jr. | Dublin | rock music
Nirvana | RockBand | Kurt Cobain; Krist Novoselic; Dave Grohl | | grunge
Foo Fighters | RockBand | Dave Grohl | Seattle | rock music
Pearl Jam | RockBand | Eddie Vedder | Seattle | grunge
Metallica | HeavyMetalBand | James Hetfield; Lars Ulrich; Kirk Hammett | Los Angeles | heavy metal
Black Sabbath | HeavyMetalBand | Ozzy Osbourne; Tony Iommi; Geezer Butler; Bill Ward | Birmingham | heavy metal
Iron Maiden | HeavyMetalBand | Bruce Dickinson; Steve Harris | London | heavy metal
Rammstein | HeavyMetalBand | Till Lindemann | Berlin | industrial metal
AC/DC | RockBand | Angus Young; Malcolm Young; Bon Scott; Brian Johnson | Sydney | hard rock
Deep Purple | RockBand | Ian Gillan; Ritchie Blackmore | | hard rock
Radiohead | RockBand | Thom Yorke; Jonny Greenwood | | alternative rock
Coldplay | RockBand | Chris Martin | London | alternative rock
Oasis | RockBand | Liam Gallagher; Noel Gallagher | Manchester | Britpop
Blur | RockBand | Damon Albarn | London | Britpop
Arctic Monkeys | RockBand | Alex Turner | Sheffield | indie rock
The Doors | RockBand | Jim Morrison; Ray Manzarek | Los Angeles | rock music
Red Hot Chili Peppers | RockBand | Anthony Kiedis; Flea | Los Angeles | alternative rock
Guns N' Roses | RockBand | Axl Rose; Slash | Los Angeles | hard rock
Aerosmith | RockBand | Steven Tyler; Joe Perry | Boston | hard rock
The Beach Boys | RockBand | Brian Wilson; Dennis Wilson; Carl Wilson; Mike Love | | rock music
Ramones | RockBand | Joey Ramone | New York City | punk rock
Sex Pistols | RockBand | Johnny Rotten; Sid Vicious | London | punk rock
The Clash | RockBand | Joe Strummer | London | punk rock
Green Day | RockBand | Billie Joe Armstrong | | punk rock
The Velvet Underground | RockBand | Lou Reed; John Cale | New York City | rock music
Fleetwood Mac | RockBand | Stevie Nicks; Mick Fleetwood; Lindsey Buckingham; Christine McVie; John McVie | London | rock music
Eagles | RockBand | Don Henley; Glenn Frey | Los Angeles | rock music
Bon Jovi | RockBand | Jon Bon Jovi | | rock music
Linkin Park | RockBand | Chester Bennington; Mike Shinoda | | nu metal
The Police | RockBand | Sting; Stewart Copeland; Andy Summers | London | rock music
The Jimi Hendrix Experience | RockBand | Jimi Hendrix | London | rock music
ABBA | Band | Agnetha Fältskog; Björn Ulvaeus; Benny Andersson; Anni-Frid Lyngstad | Stockholm | pop music
Kraftwerk | Band | Ralf Hütter; Florian Schneider | Düsseldorf | electronic music
Daft Punk | Band | Thomas Bangalter; Guy-Manuel de Homem-Christo | Paris | electronic music
BTS | Band | RM; Jin; Suga; J-Hope; Jimin; Jungkook | Seoul | K-pop
Blackpink | Band | Jisoo; Jennie; Rosé; Lisa | Seoul | K-pop
Bee Gees | Band | Barry Gibb; Robin Gibb; Maurice Gibb | | disco
The Jackson 5 | Band | Michael Jackson; Jermaine Jackson; Jackie Jackson; Tito Jackson; Marlon Jackson | Gary, Indiana | soul music
Destiny's Child | Band | Beyoncé; Kelly Rowland | Houston | rhythm and blues
Depeche Mode | Band | Dave Gahan; Martin Gore | | synth-pop
A-ha | Band | Morten Harket | Oslo | synth-pop
Wu-Tang Clan | Band | RZA; GZA | New York City | hip hop music
Simon & Garfunkel | Band | Paul Simon; Art Garfunkel | New York City | folk rock
Bob Marley and the Wailers | Band | Bob Marley | Kingston | reggae
""")

BLOCKS.append("""
!cols label | genre
Elvis Presley | rock and roll
Chuck Berry | rock and roll
Michael Jackson | pop music
Madonna | pop music
Prince | funk
David Bowie | rock music
Elton John | pop music
Bob Dylan | folk music; rock music
Bob Marley | reggae
Jimi Hendrix | rock music
Eric Clapton | blues; rock music
B.B. King | blues
Johnny Cash | country music
Dolly Parton | country music
Willie Nelson | country music
Louis Armstrong | jazz
Miles Davis | jazz
John Coltrane | jazz
Charlie Parker | jazz
Duke Ellington | jazz
Ella Fitzgerald | jazz
Billie Holiday | jazz
Nat King Cole | jazz
Norah Jones | jazz
Ray Charles | soul music
Stevie Wonder | soul music
Aretha Franklin | soul music
Marvin Gaye | soul music
Otis Redding | soul music
Amy Winehouse | soul music
James Brown | funk; soul music
Whitney Houston | pop music; rhythm and blues
Beyoncé | rhythm and blues; pop music
Tina Turner | rock music; rhythm and blues
Rihanna | pop music
Taylor Swift | pop music; country music
Lady Gaga | pop music
Adele | pop music
Ed Sheeran | pop music
Justin Bieber | pop music
Celine Dion | pop music
Eminem | hip hop music
Tupac Shakur | hip hop music
The Notorious B.I.G. | hip hop music
Dr. Dre | hip hop music
Snoop Dogg | hip hop music
Kanye West | hip hop music
Drake | hip hop music
Kendrick Lamar | hip hop music
Jay-Z | hip hop music
Nas | hip hop music
Bruce Springsteen | rock music
Neil Young | rock music; folk rock
Leonard Cohen | folk music
Joni Mitchell | folk music
Janis Joplin | rock music
Carlos Santana | rock music
Shakira | Latin pop
Luis Fonsi | Latin pop
Psy | K-pop
Ravi Shankar | Hindustani classical music
Anoushka Shankar | Hindustani classical music
Yo-Yo Ma | classical music
Itzhak Perlman | classical music
Lang Lang | classical music
Glenn Gould | classical music
Herbert von Karajan | classical music
Leonard Bernstein | classical music
Johann Sebastian Bach | classical music
Wolfgang Amadeus Mozart | classical music
Ludwig van Beethoven | classical music
Frédéric Chopin | classical music
Pyotr Ilyich Tchaikovsky | classical music
""")

BLOCKS.append("""
!cols label | instrument
Jimi Hendrix | guitar
Eric Clapton | guitar
B.B. King | guitar
Chuck Berry | guitar
Keith Richards | guitar
Ronnie Wood | guitar
Brian Jones | guitar
Jimmy Page | guitar
Brian May | guitar
George Harrison | guitar
John Lennon | guitar
David Gilmour | guitar
Pete Townshend | guitar
The Edge | guitar
Kurt Cobain | guitar
Slash | guitar
Kirk Hammett | guitar
Tony Iommi | guitar
Angus Young | guitar
Malcolm Young | guitar
Carlos Santana | guitar
Noel Gallagher | guitar
Jonny Greenwood | guitar
Ritchie Blackmore | guitar
Joe Perry | guitar
Lindsey Buckingham | guitar
Andy Summers | guitar
Tito Jackson | guitar
Billie Joe Armstrong | guitar
Carl Wilson | guitar
Glenn Frey | guitar
Bob Dylan | guitar; harmonica
Stevie Wonder | harmonica; piano
Paul McCartney | bass guitar
John Deacon | bass guitar
John Entwistle | bass guitar
Flea | bass guitar
Sid Vicious | bass guitar
Geezer Butler | bass guitar
Steve Harris | bass guitar
Adam Clayton | bass guitar
Krist Novoselic | bass guitar
Roger Waters | bass guitar
John Paul Jones | bass guitar
John McVie | bass guitar
Sting | bass guitar
Ringo Starr | drum kit
Charlie Watts | drum kit
John Bonham | drum kit
Keith Moon | drum kit
Dave Grohl | drum kit
Lars Ulrich | drum kit
Roger Taylor | drum kit
Nick Mason | drum kit
Larry Mullen Jr. | drum kit
Mick Fleetwood | drum kit
Stewart Copeland | drum kit
Bill Ward | drum kit
Dennis Wilson | drum kit
Don Henley | drum kit
Louis Armstrong | trumpet
Miles Davis | trumpet
John Coltrane | saxophone
Charlie Parker | saxophone
Duke Ellington | piano
Ray Charles | piano
Elton John | piano
Glenn Gould | piano
Lang Lang | piano
Clara Schumann | piano
Frédéric Chopin | piano
Franz Liszt | piano
Ludwig van Beethoven | piano
Sergei Rachmaninoff | piano
Yo-Yo Ma | cello
Itzhak Perlman | violin
Niccolò Paganini | violin
Ravi Shankar | sitar
Anoushka Shankar | sitar
John Cale | viola
""")

# ---------------------------------------------------------------------------
# Memberships of international organisations (status as of 2023)
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | memberOf
Austria | European Union
Belgium | European Union; NATO
Bulgaria | European Union; NATO
Croatia | European Union; NATO
Cyprus | European Union; Commonwealth of Nations
Czech Republic | European Union; NATO
Denmark | European Union; NATO
Estonia | European Union; NATO
Finland | European Union; NATO
France | European Union; NATO; G7
Germany | European Union; NATO; G7
Greece | European Union; NATO
Hungary | European Union; NATO
Ireland | European Union
Italy | European Union; NATO; G7
Latvia | European Union; NATO
Lithuania | European Union; NATO
Luxembourg | European Union; NATO
Malta | European Union; Commonwealth of Nations
Netherlands | European Union; NATO
Poland | European Union; NATO
Portugal | European Union; NATO
Romania | European Union; NATO
Slovakia | European Union; NATO
Slovenia | European Union; NATO
Spain | European Union; NATO
Sweden | European Union
United States | NATO; G7
Canada | NATO; G7; Commonwealth of Nations
United Kingdom | NATO; G7; Commonwealth of Nations
Japan | G7
Norway | NATO
Iceland | NATO
Turkey | NATO
Albania | NATO
Montenegro | NATO
North Macedonia | NATO
Saudi Arabia | OPEC; Arab League
Iran | OPEC
Iraq | OPEC; Arab League
Kuwait | OPEC; Arab League
Venezuela | OPEC
United Arab Emirates | OPEC; Arab League
Nigeria | OPEC; African Union; Commonwealth of Nations
Algeria | OPEC; African Union; Arab League
Libya | OPEC; African Union; Arab League
Republic of the Congo | OPEC; African Union
Egypt | African Union; Arab League
Morocco | African Union; Arab League
Tunisia | African Union; Arab League
Sudan | Arab League
Somalia | African Union; Arab League
Jordan | Arab League
Syria | Arab League
Lebanon | Arab League
Qatar | Arab League
South Africa | African Union; Commonwealth of Nations
Kenya | African Union; Commonwealth of Nations
Ethiopia | African Union
Ghana | African Union; Commonwealth of Nations
Tanzania | African Union; Commonwealth of Nations
Uganda | African Union; Commonwealth of Nations
Senegal | African Union
Ivory Coast | African Union
Democratic Republic of the Congo | African Union
Angola | African Union
Mozambique | African Union; Commonwealth of Nations
Zimbabwe | African Union
Madagascar | African Union
South Sudan | African Union
Rwanda | African Union; Commonwealth of Nations
Burundi | African Union
Zambia | African Union; Commonwealth of Nations
Chad | African Union
Cameroon | African Union; Commonwealth of Nations
Namibia | African Union; Commonwealth of Nations
Botswana | African Union; Commonwealth of Nations
Malawi | African Union; Commonwealth of Nations
Indonesia | ASEAN
Thailand | ASEAN
Vietnam | ASEAN
Philippines | ASEAN
Malaysia | ASEAN; Commonwealth of Nations
Singapore | ASEAN; Commonwealth of Nations
Myanmar | ASEAN
Cambodia | ASEAN
Laos | ASEAN
Australia | Commonwealth of Nations
New Zealand | Commonwealth of Nations
India | Commonwealth of Nations
Pakistan | Commonwealth of Nations
Bangladesh | Commonwealth of Nations
Sri Lanka | Commonwealth of Nations
Jamaica | Commonwealth of Nations
Barbados | Commonwealth of Nations
Trinidad and Tobago | Commonwealth of Nations
Fiji | Commonwealth of Nations
Papua New Guinea | Commonwealth of Nations
Samoa | Commonwealth of Nations
Brazil | Mercosur
Argentina | Mercosur
Uruguay | Mercosur
Paraguay | Mercosur
""")

# ---------------------------------------------------------------------------
# Land borders between countries (each pair stated once)
# ---------------------------------------------------------------------------
BLOCKS.append("""
!cols label | borders
France | Spain; Belgium; Germany; Italy; Switzerland; Luxembourg; Monaco
Germany | Denmark; Poland; Czech Republic; Austria; Switzerland; Netherlands; Belgium; Luxembourg
Spain | Portugal; Morocco
Italy | Switzerland; Austria; Slovenia; Vatican City
United States | Canada; Mexico
Brazil | Argentina; Uruguay; Paraguay; Bolivia; Peru; Colombia; Venezuela
Argentina | Chile; Bolivia; Paraguay; Uruguay
Peru | Ecuador; Chile; Colombia; Bolivia
Colombia | Venezuela; Ecuador; Panama
Bolivia | Chile; Paraguay
China | Russia; Mongolia; India; Nepal; Pakistan; Vietnam; North Korea; Kazakhstan; Afghanistan; Myanmar; Laos
Russia | Mongolia; Kazakhstan; Ukraine; Belarus; Finland; Norway; Estonia; Latvia; Lithuania; Poland; North Korea; Azerbaijan
India | Pakistan; Nepal; Bangladesh; Myanmar
Egypt | Libya; Sudan; Israel
Kenya | Tanzania; Uganda; Ethiopia; Somalia; South Sudan
Norway | Sweden; Finland
Sweden | Finland
Poland | Czech Republic; Slovakia; Ukraine; Belarus; Lithuania
Austria | Czech Republic; Slovakia; Hungary; Slovenia; Switzerland
Hungary | Romania; Serbia; Croatia; Slovakia; Ukraine; Slovenia
Romania | Bulgaria; Ukraine; Serbia
Greece | Albania; Bulgaria; Turkey; North Macedonia
Turkey | Bulgaria; Syria; Iraq; Iran; Armenia; Azerbaijan
Iran | Iraq; Afghanistan; Pakistan; Armenia; Azerbaijan
Saudi Arabia | Jordan; Iraq; Kuwait; Qatar; United Arab Emirates
Thailand | Cambodia; Laos; Myanmar; Malaysia
Vietnam | Laos; Cambodia
Ireland | United Kingdom
Belgium | Netherlands; Luxembourg
South Africa | Namibia; Botswana; Zimbabwe; Mozambique
Nigeria | Niger; Cameroon
Morocco | Algeria
Algeria | Tunisia; Libya; Niger; Mali
Tunisia | Libya
Sudan | South Sudan; Ethiopia; Libya
Ethiopia | Somalia
Tanzania | Uganda; Rwanda; Mozambique; Zambia; Malawi; Democratic Republic of the Congo
Haiti | Dominican Republic
Costa Rica | Panama; Nicaragua
Honduras | Nicaragua; Guatemala; El Salvador
Guatemala | Mexico; El Salvador
Malaysia | Indonesia
Papua New Guinea | Indonesia
Estonia | Latvia
Latvia | Lithuania; Belarus
Lithuania | Belarus
Ukraine | Belarus; Slovakia
Czech Republic | Slovakia
Slovenia | Croatia
Croatia | Serbia
Serbia | Bulgaria; North Macedonia
Albania | Montenegro; North Macedonia
Bulgaria | North Macedonia
Montenegro | Serbia; Croatia
Kazakhstan | Uzbekistan
Afghanistan | Pakistan; Uzbekistan
Bangladesh | Myanmar
Laos | Myanmar; Cambodia
Iraq | Syria; Jordan; Kuwait
Syria | Lebanon; Jordan
Israel | Lebanon; Jordan; Syria
""")

BLOCKS.append("""
!cols label | firstAscent
Mount Everest | Edmund Hillary; Tenzing Norgay
K2 | Achille Compagnoni; Lino Lacedelli
Annapurna | Maurice Herzog
Nanga Parbat | Hermann Buhl
Mont Blanc | Jacques Balmat; Michel-Gabriel Paccard
Matterhorn | Edward Whymper
""")


# ---------------------------------------------------------------------------
# Derived membership: every sovereign state of the tables above except Vatican
# City (a non-member observer state) is a member of the United Nations.
# ---------------------------------------------------------------------------
UN_NON_MEMBERS = {"Vatican City"}


# ===========================================================================
# Build
# ===========================================================================

_TRANSLIT = {
    "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L",
    "đ": "d", "Đ": "D", "œ": "oe", "Œ": "OE", "ð": "d", "þ": "th", "ı": "i",
    "&": " and ",
}


def local_name(label: str) -> str:
    """ASCII IRI local name from a label: 'Zürich' -> 'Zurich'."""
    s = "".join(_TRANSLIT.get(ch, ch) for ch in label)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("'", "").replace("\u2019", "")
    s = re.sub(r"[^A-Za-z0-9]+", "_", s).strip("_")
    if not s:
        raise ValueError(f"cannot derive an IRI from {label!r}")
    return s


def rows(text: str):
    for raw in text.splitlines():
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        yield s


class Builder:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.classes: dict[str, dict] = {}
        self.oprops: dict[str, dict] = {}
        self.dprops: dict[str, dict] = {}
        self.instances: dict[str, dict] = {}  # label -> {"local", "cls"}
        self.rels: set[tuple[str, str, str]] = set()  # labels and property name
        self.lits: set[tuple[str, str, str]] = set()  # label, property, lexical

    # -- schema -------------------------------------------------------------
    def load_classes(self, text: str) -> None:
        for s in rows(text):
            name, parents, en, de = (c.strip() for c in s.split("|"))
            if name in self.classes:
                self.errors.append(f"duplicate class {name}")
            self.classes[name] = {
                "parents": [p.strip() for p in parents.split(";") if p.strip()],
                "en": en,
                "de": de,
            }
        for name, c in self.classes.items():
            for p in c["parents"]:
                if p not in self.classes:
                    self.errors.append(f"class {name}: unknown superclass {p}")

    def load_properties(self, otext: str, dtext: str) -> None:
        for s in rows(otext):
            name, dom, rng, sup, label, pattern = (c.strip() for c in s.split("|"))
            self.oprops[name] = {"domain": dom, "range": rng, "super": sup or None,
                                 "label": label, "pattern": pattern}
        for s in rows(dtext):
            name, dom, rng, label = (c.strip() for c in s.split("|"))
            self.dprops[name] = {"domain": dom, "range": rng, "label": label}
        for name, p in self.oprops.items():
            for key in ("domain", "range"):
                if p[key] not in self.classes:
                    self.errors.append(f"property {name}: unknown {key} {p[key]}")
            if p["super"] and p["super"] not in self.oprops:
                self.errors.append(f"property {name}: unknown superproperty {p['super']}")
            pat = p["pattern"]
            if "[X]" not in pat or "[Y]" not in pat or not pat.endswith(" ."):
                self.errors.append(f"property {name}: bad pattern {pat!r}")
        for name, p in self.dprops.items():
            if p["domain"] not in self.classes:
                self.errors.append(f"datatype property {name}: unknown domain")

    # -- data ---------------------------------------------------------------
    def declare(self, label: str, cls: str, local: str | None) -> None:
        if cls not in self.classes:
            self.errors.append(f"{label!r}: unknown class {cls}")
            return
        if label in self.instances:
            self.errors.append(f"{label!r} declared twice")
            return
        self.instances[label] = {"local": local or local_name(label), "cls": cls}

    def add(self, subj: str, prop: str, value: str) -> None:
        if prop in self.oprops:
            self.rels.add((subj, prop, value))
        elif prop in self.dprops:
            self.lits.add((subj, prop, value))
        else:
            self.errors.append(f"unknown property {prop!r} (subject {subj!r})")

    def load_block(self, text: str) -> None:
        cls = None
        cols = ["label"]
        for s in rows(text):
            if s.startswith("!class "):
                cls = s[len("!class "):].strip()
                continue
            if s.startswith("!cols "):
                cols = [c.strip() for c in s[len("!cols "):].split("|")]
                continue
            cells = [c.strip() for c in s.split("|")]
            while len(cells) > len(cols) and not cells[-1]:
                cells.pop()
            if len(cells) > len(cols):
                self.errors.append(f"too many cells in row {s!r}")
                continue
            cells += [""] * (len(cols) - len(cells))
            m = re.fullmatch(r"(.*?)\s*\{([A-Za-z0-9_]+)\}", cells[0])
            label, local = (m.group(1), m.group(2)) if m else (cells[0], None)
            row_cls = cls
            if "class" in cols and cells[cols.index("class")]:
                row_cls = cells[cols.index("class")]
            if row_cls:
                self.declare(label, row_cls, local)
            elif local:
                self.errors.append(f"IRI override without class for {label!r}")
            for col, cell in zip(cols[1:], cells[1:]):
                if col == "class" or not cell:
                    continue
                for v in cell.split(";"):
                    v = v.strip()
                    if v:
                        self.add(label, col, v)

    def derive(self) -> None:
        for label, inst in self.instances.items():
            if inst["cls"] == "Country" and label not in UN_NON_MEMBERS:
                self.rels.add((label, "memberOf", "United Nations"))

    # -- checks -------------------------------------------------------------
    def ancestors(self, cls: str) -> set[str]:
        seen, todo = {cls}, [cls]
        while todo:
            for p in self.classes[todo.pop()]["parents"]:
                if p not in seen:
                    seen.add(p)
                    todo.append(p)
        return seen

    def super_props(self, prop: str) -> list[str]:
        out = [prop]
        while self.oprops[out[-1]]["super"]:
            out.append(self.oprops[out[-1]]["super"])
        return out

    def validate(self) -> None:
        for s, p, o in sorted(self.rels):
            for lab in (s, o):
                if lab not in self.instances:
                    self.errors.append(f"undeclared instance {lab!r} in ({s!r}, {p}, {o!r})")
            if s not in self.instances or o not in self.instances:
                continue
            if s == o:
                self.errors.append(f"self-loop ({s!r}, {p})")
            s_anc = self.ancestors(self.instances[s]["cls"])
            o_anc = self.ancestors(self.instances[o]["cls"])
            for q in self.super_props(p):
                if self.oprops[q]["domain"] not in s_anc:
                    self.errors.append(f"domain of {q} violated by {s!r} ({p})")
                if self.oprops[q]["range"] not in o_anc:
                    self.errors.append(f"range of {q} violated by {o!r} ({s!r} {p})")
        for s, p, v in sorted(self.lits):
            if s not in self.instances:
                self.errors.append(f"undeclared instance {s!r} ({p})")
                continue
            if self.dprops[p]["domain"] not in self.ancestors(self.instances[s]["cls"]):
                self.errors.append(f"domain of {p} violated by {s!r}")
            if not re.fullmatch(r"\d{1,4}", v):
                self.errors.append(f"bad literal {v!r} for {s!r} {p}")
        # unique IRIs and labels
        seen: dict[str, str] = {}
        for label, inst in self.instances.items():
            key = inst["local"]
            if key in seen:
                self.errors.append(f"IRI clash r:{key} for {label!r} and {seen[key]!r}")
            seen[key] = label
        en_labels = [c["en"] for c in self.classes.values()]
        if len(set(en_labels)) != len(en_labels):
            self.errors.append("class labels are not unique")
        for name, c in self.classes.items():
            if c["en"] != c["en"].strip() or not c["en"]:
                self.errors.append(f"class {name}: bad label")

    # -- output -------------------------------------------------------------
    def turtle(self) -> str:
        def lit(text: str, lang: str | None = None) -> str:
            esc = text.replace("\\", "\\\\").replace('"', '\\"')
            return f'"{esc}"@{lang}' if lang else f'"{esc}"'

        def inst(label: str) -> str:
            return "r:" + self.instances[label]["local"]

        # the header keeps the script's old path: world.ttl's sha256 is in the published results
        out = [
            "# world.ttl -- generated by ontologies/tools/build_world.py; do not edit by hand.",
            "@prefix owl: <http://www.w3.org/2002/07/owl#> .",
            "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .",
            "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
            "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
            "@prefix dcterms: <http://purl.org/dc/terms/> .",
            f"@prefix kgp: <{KGP}> .",
            f"@prefix w: <{W}> .",
            f"@prefix r: <{R}> .",
            "",
            f"<{ONTOLOGY_IRI}> a owl:Ontology ;",
            '    rdfs:label "world" ;',
            "    rdfs:comment " + lit(
                "A hand-written ontology of stable, well-known world facts (places, "
                "people, works, organisations, events, species) for probing language "
                "models. Domains and ranges hold for every asserted triple.") + " ;",
            '    dcterms:license "CC0-1.0" .',
            "",
            "kgp:pattern a owl:AnnotationProperty ;",
            '    rdfs:label "surface pattern"@en .',
            "",
            "# ---- classes",
        ]
        for name in sorted(self.classes):
            c = self.classes[name]
            lines = [f"w:{name} a owl:Class"]
            for p in sorted(c["parents"]):
                lines.append(f"rdfs:subClassOf w:{p}")
            labels = [lit(c["en"], "en")] + ([lit(c["de"], "de")] if c["de"] else [])
            lines.append("rdfs:label " + ", ".join(labels))
            out.append(" ;\n    ".join(lines) + " .")
        out += ["", "# ---- object properties"]
        for name in sorted(self.oprops):
            p = self.oprops[name]
            lines = [f"w:{name} a owl:ObjectProperty",
                     f"rdfs:domain w:{p['domain']}",
                     f"rdfs:range w:{p['range']}"]
            if p["super"]:
                lines.append(f"rdfs:subPropertyOf w:{p['super']}")
            lines.append("rdfs:label " + lit(p["label"], "en"))
            lines.append("kgp:pattern " + lit(p["pattern"]))
            out.append(" ;\n    ".join(lines) + " .")
        out += ["", "# ---- datatype properties"]
        for name in sorted(self.dprops):
            p = self.dprops[name]
            out.append(" ;\n    ".join([
                f"w:{name} a owl:DatatypeProperty",
                f"rdfs:domain w:{p['domain']}",
                f"rdfs:range xsd:{p['range']}",
                "rdfs:label " + lit(p["label"], "en")]) + " .")
        out += ["", "# ---- instances"]
        by_subject: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for s, p, o in self.rels:
            by_subject[s].append((f"w:{p}", inst(o)))
        for s, p, v in self.lits:
            dt = self.dprops[p]["range"]
            lex = v.zfill(4) if dt == "gYear" else str(int(v))
            by_subject[s].append((f"w:{p}", f'"{lex}"^^xsd:{dt}'))
        for label in sorted(self.instances, key=lambda x: self.instances[x]["local"]):
            i = self.instances[label]
            lines = [f"r:{i['local']} a w:{i['cls']}", "rdfs:label " + lit(label, "en")]
            preds: dict[str, list[str]] = defaultdict(list)
            for p, o in by_subject.get(label, []):
                preds[p].append(o)
            for p in sorted(preds):
                lines.append(f"{p} " + ", ".join(sorted(preds[p])))
            out.append(" ;\n    ".join(lines) + " .")
        return "\n".join(out) + "\n"


# ===========================================================================
# Self-check with rdflib
# ===========================================================================

def self_check(path: Path) -> list[str]:
    import rdflib
    from rdflib import OWL, RDF, RDFS

    g = rdflib.Graph()
    g.parse(path, format="turtle")
    failures: list[str] = []

    classes = set(g.subjects(RDF.type, OWL.Class))
    supers: dict = defaultdict(set)
    for c, p in g.subject_objects(RDFS.subClassOf):
        supers[c].add(p)

    depth_cache: dict = {}

    def depth(c, stack=()):
        if c in depth_cache:
            return depth_cache[c]
        if c in stack:
            raise RuntimeError(f"subclass cycle at {c}")
        d = 0 if not supers[c] else 1 + max(depth(p, stack + (c,)) for p in supers[c])
        depth_cache[c] = d
        return d

    max_depth = max(depth(c) for c in classes)

    def closure(c):
        seen, todo = {c}, [c]
        while todo:
            for p in supers[todo.pop()]:
                if p not in seen:
                    seen.add(p)
                    todo.append(p)
        return seen

    anc = {c: closure(c) for c in classes}
    oprops = set(g.subjects(RDF.type, OWL.ObjectProperty))
    dprops = set(g.subjects(RDF.type, OWL.DatatypeProperty))
    dom = {p: set(g.objects(p, RDFS.domain)) for p in oprops}
    rng = {p: set(g.objects(p, RDFS.range)) for p in oprops}
    lacking = [p for p in oprops
               if len(dom[p]) != 1 or len(rng[p]) != 1
               or not dom[p] <= classes or not rng[p] <= classes
               or not list(g.objects(p, RDFS.label))
               or not list(g.objects(p, rdflib.URIRef(KGP + "pattern")))]
    sp_edges = [(a, b) for a, b in g.subject_objects(RDFS.subPropertyOf)
                if a in oprops and b in oprops]
    sp_super = defaultdict(set)
    for a, b in sp_edges:
        sp_super[a].add(b)
    chains = sum(1 for a, b in sp_edges if sp_super[b])

    def prop_closure(p):
        seen, todo = {p}, [p]
        while todo:
            for q in sp_super[todo.pop()]:
                if q not in seen:
                    seen.add(q)
                    todo.append(q)
        return seen

    types: dict = defaultdict(set)
    for s, o in g.subject_objects(RDF.type):
        if o in classes:
            types[s].add(o)
    instances = {s for s in types if s not in classes and s not in oprops}
    multi_typed = [s for s in instances if len(types[s]) != 1]
    unlabelled = [s for s in instances if not list(g.objects(s, RDFS.label))]
    relations = [(s, p, o) for s, p, o in g if p in oprops]
    dangling = [(s, p, o) for s, p, o in relations if s not in instances or o not in instances]
    violations = []
    for s, p, o in relations:
        if s not in instances or o not in instances:
            continue
        (ts,), (to,) = types[s], types[o]
        for q in prop_closure(p):
            if not dom[q] <= anc[ts] or not rng[q] <= anc[to]:
                violations.append((s, q, o))
    sub_triples = sum(1 for s, p, o in relations if sp_super[p])
    classes_with_instances = {next(iter(types[s])) for s in instances}
    de_labels = sum(1 for c in classes for lab in g.objects(c, RDFS.label)
                    if getattr(lab, "language", None) == "de")
    class_labels = [str(lab) for c in classes for lab in g.objects(c, RDFS.label)
                    if getattr(lab, "language", None) == "en"]
    inst_labels = [str(lab) for s in instances for lab in g.objects(s, RDFS.label)]
    bnodes = [t for t in g if any(isinstance(x, rdflib.BNode) for x in t)]
    top_thing = list(g.triples((None, RDFS.subClassOf, OWL.Thing)))
    literals = sum(1 for s, p, o in g if p in dprops)

    figures = [
        ("triples", len(g)),
        ("owl:Class", len(classes)),
        ("max subclass depth (edges)", max_depth),
        ("classes with a German label", de_labels),
        ("object properties", len(oprops)),
        ("object properties lacking domain/range/label/pattern", len(lacking)),
        ("datatype properties", len(dprops)),
        ("datatype property values", literals),
        ("subPropertyOf edges", len(sp_edges)),
        ("subPropertyOf chains of length 2", chains),
        ("named instances", len(instances)),
        ("classes with instances", len(classes_with_instances)),
        ("instances without label or type", len(unlabelled)),
        ("instances with more than one asserted class", len(multi_typed)),
        ("relation triples (instance-instance)", len(relations)),
        ("relation triples using a subproperty", sub_triples),
        ("relation triples with a non-instance end", len(dangling)),
        ("domain/range violations (with rdfs7 closure)", len(violations)),
        ("blank-node triples", len(bnodes)),
        ("duplicate class labels", len(class_labels) - len(set(class_labels))),
        ("duplicate instance labels", len(inst_labels) - len(set(inst_labels))),
    ]
    width = max(len(k) for k, _ in figures)
    print("Self-check of", path)
    for k, v in figures:
        print(f"  {k:<{width}}  {v}")

    def need(cond, msg):
        if not cond:
            failures.append(msg)

    need(len(classes) >= MIN_CLASSES, f"fewer than {MIN_CLASSES} classes")
    need(max_depth >= MIN_DEPTH, f"hierarchy shallower than {MIN_DEPTH}")
    need(len(oprops) >= MIN_OBJECT_PROPERTIES, "too few object properties")
    need(not lacking, f"object properties lacking domain/range: {lacking[:5]}")
    need(MIN_DATATYPE_PROPERTIES <= len(dprops) <= MAX_DATATYPE_PROPERTIES,
         "wrong number of datatype properties")
    need(len(sp_edges) >= MIN_SUBPROPERTY_EDGES, "too few subPropertyOf edges")
    need(chains >= MIN_SUBPROPERTY_CHAINS, "too few subPropertyOf chains")
    need(sub_triples >= MIN_SUBPROPERTY_TRIPLES, "too few triples with a subproperty")
    need(len(instances) >= MIN_INSTANCES, "too few instances")
    need(len(classes_with_instances) >= MIN_CLASSES_WITH_INSTANCES,
         "too few classes with instances")
    need(len(relations) >= MIN_RELATIONS, "too few relation triples")
    need(not unlabelled, "instances without label")
    need(not multi_typed, f"instances with several types: {multi_typed[:5]}")
    need(not dangling, f"dangling relation triples: {dangling[:5]}")
    need(not violations, f"domain/range violations: {violations[:5]}")
    need(not bnodes, "blank nodes present")
    need(not top_thing, "owl:Thing used as a superclass")
    need(len(class_labels) == len(set(class_labels)), "duplicate class labels")
    need(len(inst_labels) == len(set(inst_labels)), "duplicate instance labels")
    need(not list(g.triples((None, OWL.imports, None))), "owl:imports present")
    return failures


def main() -> int:
    b = Builder()
    b.load_classes(CLASSES)
    b.load_properties(OBJECT_PROPERTIES, DATATYPE_PROPERTIES)
    for block in BLOCKS:
        b.load_block(block)
    b.derive()
    b.validate()
    if b.errors:
        for e in b.errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(b.errors)} error(s); nothing written", file=sys.stderr)
        return 1
    OUT.write_text(b.turtle(), encoding="utf-8")
    print(f"wrote {OUT}")
    try:
        failures = self_check(OUT)
    except ImportError:
        print("FAIL: rdflib is needed for the self-check", file=sys.stderr)
        return 1
    if failures:
        for f in failures:
            print("FAIL:", f, file=sys.stderr)
        return 1
    print("self-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
