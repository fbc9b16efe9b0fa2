package brussels.maillage.directory.search.words;

/**
 * English words of needs, people, places and care (issue 17): the words of the English
 * terms of the thesaurus seeds V129, V139, V151 and V162 and the everyday words
 * English-speaking residents and professionals of Brussels type for them. A word of this
 * list that is not in the directory's vocabulary is no misspelling of a French or Dutch
 * word ({@link EnglishWords#isKnown(String)}).
 */
final class EnglishLexicon {

	/** The words, separated by spaces and line breaks. */
	static final String WORDS = """
			abode abortion abuse abused abusive accessible accident accommodation acquired adapted addiction address
			administration adolescent adolescents adult adults advice adviser affordable age aged ageing agency aging aid
			aids alcohol alcoholic alcoholics allowance alone anonymous anorexia anxiety anxious apartment appointment
			army arrears arrival article asd assistance association asylum attack attacks attempt attention audiologist
			autism autonomy auxiliary away babies baby babysitting badge bailiff bankruptcy battered becoming bed bedsores
			befriending begging behavioral behavioural benefit benefits bereaved bereavement betting bill bills binge
			bipolar birth blind blood blue born boy boys brain break breast brussels budget bulimia bullying burn burnout
			button call cancer card cardiovascular care caregiver carer carers caring caseworker center centre cerebral
			change charity cheap check checkup chem chemist chemo chemotherapy chemsex chest child childbirth childcare
			childminder children childrens chiropody christian chronic circle classes cleaning clinic clinical clothes
			coach cocaine cognitive cohesion collective commission commissioner common community company computer condom
			conduct contact contraception contraceptive counseling counselling counsellor counselor couples course court
			covid cpas crack cross cultural custody customer cyberbullying dad daily damp daughter daycare deaf deafness
			death debt debts deficit delinquency delivered delivery dementia dentist department depressed depression
			detoxification diabetes diabetologist dialysis die difficulties digital disabilities disability disabled
			discharge disease diseases disorder dispute doctor doctors domestic dressing drinking drug drugs drugstore
			dutch dying dyscalculia dyspraxia ear eat eating education educator elder elderly elders electricity
			electronic emergency emotional employment endocrinologist energy english ent epilepsy equality evening evicted
			eviction ex exhaustion expat expats expectant expecting eye eyes failure families family father federal feel
			feeling fill filling finance financial find first fixed flat flemish food foot forgetfulness form forms frame
			free french friend fund funeral gambling gaming gas gastroenterologist gay gender general geriatrician
			geriatrics get girl girls giving gp gps grant grief groceries group groups guarantee hall hand handicapped
			harassment harm head health healthcare hearing heart heating heavy help helpline heroin high hiv hoarding
			holidays home homeless homework homosexual hospital hostel hot hours house housework housing hunger hungry
			hunting husband hygiene hyperactivity identity ill illegal illness imaging immigrant immigrants immigration
			impairment incest income indebtedness independence independent infant infants injection injections injured
			injury insomnia institute insulin insurance insurer integrated internet interpreter ironing irregular
			isolation job jobs juvenile kid kidney kids know laid landlord language laughing launderette laundromat
			laundry law lawyer learn learning leaving legal lesbian lessons letter letters lice limited line listening
			live lives living local lone loneliness lonely loss lost loved low lung man management marijuana marriage
			maternity meal meals mediation mediator medical memory men menopause mental meter migrant migrants minimum
			misuse mobility mold mom money monitoring mood morning mother mould moving much multidisciplinary multiple mum
			municipal mutual mutuality narcotics national need needs neglect neighbor neighbour neighbourhood nephrologist
			nervosa network neurologist neuropsychologist neutral new newborn newcomer newcomers night nitrous nose notary
			number nurse nurseries nursery nurses nursing obesity obstetrician obstetrics occupational offender offenders
			office officer old older ombudsman oncologist one online ophthalmologist ophthalmology opiates opioids
			organisation orthopaedic orthopedic orthoptics orthotist osteopath osteopathy ostomy overweight oxide paid
			pain palliative palsy panic papers paperwork parent parental parents parking parkinson participation partner
			party patient pay paying payment peer pension pensioner pensions people peoples perinatal permit person
			personal persons pharmacy phobia phone physical physician physio physiotherapist physiotherapy pill pills
			place plan poison police post postal postnatal postpartum poverty practice pregnancy pregnant premature
			prepayment pressure preterm prevention prison prisoner problems profound prosthetist protected protection
			psychiatric psychiatrist psychiatry psychological psychologist psychosis psychosocial ptsd public
			pulmonologist radicalization radiology rape rare ray read reading reception recognition red redundancy refuge
			refugee refugees regional rehabilitation rehousing relationship relative release removal rent residence
			residential respiratory respite retired return rheumatologist rheumatology right rights room rough runaway
			running salvation scabies scheme schizophrenia school sclerosis screen second security see seeker seekers
			seizures self senior seniors service services settlement sex sexologist shared shelter shop shopping short
			shower sick sickness sight single sitter sitting skin sleep sleeping smoking social socialist solicitor
			someone something somewhere son sores special specialist spectrum speech sport sports stateless station status
			stay staying stillbirth stoma stop store street stress student students study subsidy substance substandard
			sugar suicidal suicide support supported surgeon surgery survivors syndrome synthetic tag take talk talking
			tax taxes taxi teen teenage teenager teenagers teens teeth temporary tenant test testing therapies therapist
			therapy thoughts thrift throat ticket today toddler toilet toilets tonight tooth toothache town tranquilizers
			tranquillisers trans translation translator transport traumatic tumour tutoring undernutrition undocumented
			unemployed unemployment unfit uninsured unpaid unplanned unwanted urgent urologist use user vaccination
			vaccine violence visa vision visitation visiting visitor visual volunteer walker walking ward warden wardens
			wash washed washing water wear weed weekend welfare wheelchair widow widower wife withdrawal without woman
			women womens work worker workers world worries wound wounds writing young youngster youth
			stammer stammering stutter stuttering evict evicting utility utilities overnight bathing terminally terminal
			shrink back neck knee hip shoulder fell fallen violent pensioners stroke midwife visits arrived newly
			bullied gran granny grandma grandad grandpa chiropodist cleaner jab jobseeker deposit rental syringes needles wage
			fall falls cope coping
			flee fleeing fled manager wandering truancy truant podiatry termination outreach client clients referral
			""";

	private EnglishLexicon() {
	}

}
