   ZCZC AAP
%MNETALL MFI MGD
$J
:
:Harbourside Lotteries
*T
City Keno Draw No. 1204

Draw Date: Friday, 14 March 2025

                    Dividend     Total Winners
Division 1       $50,000.00                 1
Division 2          $412.20                38
Division 3           $12.80             1,920


http://medianet.example.com.au/releases/release-details.aspx?id=100001
SOURCE: Harbourside Lotteries

NNNN
