package money

// A QUANTITY is a number and a unit of measure after it: "12.1 million
// square kilometres", "1.55C", "120 mph", "16 inches", "2.4 million
// barrels a day" (the rate left out, as a money amount's "a share" is).
// Its value is the plain decimal number, one space and the unit's symbol:
// "12100000 km2", "1.55 degC", "120 mph"; a range joins two values with
// "..", as MONEY's do. Units that are also common words or other amounts
// are left out: "m" and "bn" scale money ("5m"), "pounds" is money or
// weight, "in" and "t" are words, "g" and "G" name mobile networks.

// unitNames maps the lower-case words of a unit, as written after the
// number, to its symbol. Two-word names are keyed "first second".
var unitNames = map[string]string{
	// length
	"km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
	"metre": "m", "metres": "m", "meter": "m", "meters": "m",
	"cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
	"mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
	"mile": "mi", "miles": "mi", "feet": "ft", "foot": "ft", "ft": "ft", "inch": "in", "inches": "in",
	"yard": "yd", "yards": "yd", "nautical miles": "nmi", "light-years": "ly", "light years": "ly",
	// area
	"square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "km2": "km2", "km²": "km2",
	"square miles": "mi2", "square mile": "mi2", "sq mi": "mi2",
	"square metres": "m2", "square meters": "m2", "sq m": "m2", "m2": "m2", "m²": "m2",
	"square feet": "ft2", "square foot": "ft2", "sq ft": "ft2",
	"hectare": "ha", "hectares": "ha", "acre": "acre", "acres": "acre",
	// mass
	"kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg",
	"gram": "g", "grams": "g", "gramme": "g", "grammes": "g", "milligrams": "mg", "mg": "mg",
	"tonne": "t", "tonnes": "t", "metric tons": "t", "ton": "ton", "tons": "ton",
	"lb": "lb", "lbs": "lb", "ounce": "oz", "ounces": "oz", "oz": "oz",
	// temperature
	"degrees celsius": "degC", "degrees centigrade": "degC", "degrees fahrenheit": "degF",
	// speed
	"mph": "mph", "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "knots": "kn",
	// volume
	"litre": "L", "litres": "L", "liter": "L", "liters": "L", "gallon": "gal", "gallons": "gal",
	"barrel": "bbl", "barrels": "bbl", "bbl": "bbl", "cubic metres": "m3", "cubic meters": "m3",
	"cubic feet": "ft3",
	// energy and power
	"kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "kw": "kW", "mw": "MW", "gw": "GW",
	"megawatts": "MW", "megawatt": "MW", "gigawatts": "GW", "gigawatt": "GW", "kilowatts": "kW",
	"kilowatt-hours": "kWh", "terawatt-hours": "TWh", "calories": "kcal", "kcal": "kcal",
	"horsepower": "hp", "bhp": "hp",
	// torque
	"lb-ft": "lb-ft", "pound-feet": "lb-ft", "newton-metres": "N·m", "newton-meters": "N·m",
}

// degrees are the temperature scales written as a capital after a number
// or a degree sign: "1.55C", "30°F".
var degrees = map[string]string{"C": "degC", "F": "degF"}

// unitAt reads a unit of measure at token k, right after a number, and
// returns its symbol and the token after it. Temperatures in degrees need
// the scale ("1.5 degrees Celsius", "30°C") or are a capital C or F glued
// to a number that stands apart ("1.55C", not the "%2F" of a web address).
// A unit is written in lower case or in capitals ("GW"): "Ninety Mile
// Beach" and "Three Mile Island" are names.
func (m *matcher) unitAt(k int) (string, int, bool) {
	if k >= len(m.ts) {
		return "", k, false
	}
	t := m.ts[k]
	switch t.kind {
	case kWord:
	case kPunct:
		// "30°C", "30 °F"
		if m.tokText(k) == "°" && k+1 < len(m.ts) && m.ts[k+1].kind == kWord && !m.ts[k+1].sp {
			if sym, ok := degrees[m.tokText(k+1)]; ok {
				return sym, k + 2, true
			}
		}
		return "", k, false
	default:
		return "", k, false
	}
	w := m.tokText(k)
	if sym, ok := degrees[w]; ok && !t.sp && k > 0 && m.ts[k-1].kind == kNum && m.ts[k-1].sp &&
		(k+1 >= len(m.ts) || m.ts[k+1].sp || m.ts[k+1].kind != kWord) {
		return sym, k + 1, true // "1.55C", "86F": a capital glued to the number
	}
	if len(w) > 16 || len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z' {
		return "", k, false // a capitalised word is a name's: "Ninety Mile Beach", "Three Mile Island"
	}
	lw := m.lower(k)
	if k+1 < len(m.ts) && m.ts[k+1].kind == kWord && m.ts[k+1].sp {
		// two-word units first: "square kilometres", "degrees Celsius"
		if sym, ok := unitNames[lw+" "+m.lower(k+1)]; ok {
			return sym, k + 2, true
		}
	}
	if k+1 < len(m.ts) && !m.ts[k+1].sp && m.tokText(k+1) == "/" && k+2 < len(m.ts) && !m.ts[k+2].sp && m.ts[k+2].kind == kWord {
		// "km/h"
		if sym, ok := unitNames[lw+"/"+m.lower(k+2)]; ok {
			return sym, k + 3, true
		}
	}
	if k+1 < len(m.ts) && !m.ts[k+1].sp && m.ts[k+1].kind == kNum && m.tokText(k+1) == "2" {
		// "km2", "m2"
		if sym, ok := unitNames[lw+"2"]; ok {
			return sym, k + 2, true
		}
	}
	if k+2 < len(m.ts) && !m.ts[k+1].sp && m.tokText(k+1) == "-" && !m.ts[k+2].sp && m.ts[k+2].kind == kWord {
		// "490 lb-ft of torque", "230 light-years": a unit of its own
		// ("a 3 km-wide crater" is 3 km)
		if sym, ok := unitNames[lw+"-"+m.lower(k+2)]; ok {
			return sym, k + 3, true
		}
	}
	sym, ok := unitNames[lw]
	if !ok {
		return "", k, false
	}
	if k+1 < len(m.ts) && !m.ts[k+1].sp && m.ts[k+1].kind == kWord {
		return "", k, false // part of a longer word
	}
	return sym, k + 1, true
}

// isUnit reports whether a unit of measure opens at token k.
func (m *matcher) isUnit(k int) bool {
	_, _, ok := m.unitAt(k)
	return ok
}
